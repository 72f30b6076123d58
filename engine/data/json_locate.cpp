#include "engine/data/json_locate.h"

namespace xrviz::data {
namespace {

// A minimal skipper over JSON that is already known to be valid.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    std::size_t pos() const { return pos_; }
    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                       text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    void advance() { ++pos_; }

    // Reads a string token and returns its raw contents (escapes left as written: keys in
    // our manifests are plain ASCII).
    std::string_view string() {
        const std::size_t start = ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        const std::string_view contents = text_.substr(start, pos_ - start);
        ++pos_;
        return contents;
    }

    // Skips one value. Iterative, with a depth count rather than recursion: a manifest
    // may nest arrays a million deep, and the stack must not be what gives out.
    void skip_value() {
        skip_space();
        std::size_t depth = 0;
        do {
            const char c = peek();
            if (c == '"') {
                string();
            } else if (c == '{' || c == '[') {
                ++depth;
                advance();
            } else if (c == '}' || c == ']') {
                if (depth > 0) --depth;
                advance();
            } else if (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (depth == 0) return;
                advance();
            } else {
                while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
                       text_[pos_] != ']' && text_[pos_] != ':' && text_[pos_] != ' ' &&
                       text_[pos_] != '\n' && text_[pos_] != '\r' && text_[pos_] != '\t' &&
                       text_[pos_] != '"')
                    ++pos_;
            }
        } while (depth > 0 && pos_ < text_.size());
    }

    // With the cursor on '{', moves onto the value of `key`; false when absent.
    bool enter_key(std::string_view key) {
        advance();
        for (;;) {
            skip_space();
            if (peek() != '"') return false;
            const std::string_view name = string();
            skip_space();
            advance();  // ':'
            skip_space();
            if (name == key) return true;
            skip_value();
            skip_space();
            if (peek() != ',') return false;
            advance();
        }
    }

    // With the cursor on '[', moves onto element `index`; false when absent.
    bool enter_index(std::size_t index) {
        advance();
        for (std::size_t i = 0;; ++i) {
            skip_space();
            if (peek() == ']') return false;
            if (i == index) return true;
            skip_value();
            skip_space();
            if (peek() != ',') return false;
            advance();
        }
    }

    void reset(std::size_t pos) { pos_ = pos; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

std::size_t locate_json(std::string_view text, const JsonPath& path) {
    Cursor cursor(text);
    cursor.skip_space();
    for (const JsonStep& step : path) {
        const std::size_t here = cursor.pos();
        bool found = false;
        if (const auto* key = std::get_if<std::string>(&step)) {
            found = cursor.peek() == '{' && cursor.enter_key(*key);
        } else {
            found = cursor.peek() == '[' && cursor.enter_index(std::get<std::size_t>(step));
        }
        if (!found) return here;
    }
    return cursor.pos();
}

}  // namespace xrviz::data
