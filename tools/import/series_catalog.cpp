#include "tools/import/series_catalog.h"

namespace xrviz::tools {
namespace {

// Colours are linear RGB. Capex is the strong blue the skyline scene keys on; Reality Labs
// losses a magenta far from it; guidance shares capex's blue (it is the same quantity).
constexpr std::array<float, 3> kCapexBlue{0.16f, 0.47f, 0.93f};
constexpr std::array<float, 3> kCapexQuarterBlue{0.38f, 0.64f, 0.98f};
constexpr std::array<float, 3> kPeTeal{0.10f, 0.66f, 0.60f};
constexpr std::array<float, 3> kLossMagenta{0.89f, 0.16f, 0.55f};
constexpr std::array<float, 3> kLossPink{0.95f, 0.45f, 0.72f};
constexpr std::array<float, 3> kRlOrange{0.98f, 0.58f, 0.16f};
constexpr std::array<float, 3> kRevenueGreen{0.20f, 0.72f, 0.35f};
constexpr std::array<float, 3> kCostRed{0.86f, 0.24f, 0.20f};
constexpr std::array<float, 3> kIncomeLime{0.60f, 0.82f, 0.26f};
constexpr std::array<float, 3> kPurple{0.55f, 0.36f, 0.86f};
constexpr std::array<float, 3> kGold{0.92f, 0.76f, 0.20f};
constexpr std::array<float, 3> kCyan{0.18f, 0.78f, 0.90f};
constexpr std::array<float, 3> kGrey{0.60f, 0.60f, 0.64f};
constexpr std::array<float, 3> kBrown{0.62f, 0.42f, 0.26f};

constexpr SeriesSpec kCatalog[] = {
    // Capex: the headline basis (incl. finance-lease principal from 2019) and guidance on it.
    {"capex_annual", "Capital expenditures (incl. finance-lease principal from 2019)", "USD_billion", "flow", "capex", kCapexBlue},
    {"capex_guidance", "Capex guidance for the fiscal year (range, by issue date)", "USD_billion", "range", "capex", kCapexBlue},
    {"capex_quarterly", "Capital expenditures per quarter (incl. finance leases)", "USD_billion", "flow", "capex_quarterly", kCapexQuarterBlue},
    // The narrower basis gets its own group: never on one axis with capex_annual.
    {"capex_purchases_of_pe_only", "Purchases of property & equipment only (narrower basis)", "USD_billion", "flow", "capex_pe_only_basis", kPeTeal},
    // Reality Labs.
    {"reality_labs_operating_loss_annual", "Reality Labs operating loss", "USD_billion", "flow", "reality_labs", kLossMagenta},
    {"reality_labs_revenue_annual", "Reality Labs revenue", "USD_billion", "flow", "reality_labs", kRlOrange},
    {"reality_labs_operating_loss_quarterly", "Reality Labs operating loss per quarter", "USD_billion", "flow", "reality_labs_quarterly", kLossPink},
    {"reality_labs_revenue_quarterly", "Reality Labs revenue per quarter", "USD_billion", "flow", "reality_labs_quarterly", kRlOrange},
    {"reality_labs_cumulative_loss", "Reality Labs cumulative operating loss since Q4 2020", "USD_billion", "stock", "reality_labs_cumulative", kLossMagenta},
    // Income statement.
    {"total_revenue_annual", "Total revenue", "USD_billion", "flow", "income_statement", kRevenueGreen},
    {"total_costs_and_expenses_annual", "Total costs and expenses", "USD_billion", "flow", "income_statement", kCostRed},
    {"income_from_operations_annual", "Income from operations", "USD_billion", "flow", "income_statement", kIncomeLime},
    {"total_expenses_guidance", "Total expenses guidance for the fiscal year (range, by issue date)", "USD_billion", "range", "income_statement", kCostRed},
    {"family_of_apps_revenue_annual", "Family of Apps revenue", "USD_billion", "flow", "segments", kRevenueGreen},
    {"family_of_apps_operating_income_annual", "Family of Apps operating income", "USD_billion", "flow", "segments", kIncomeLime},
    {"total_costs_and_expenses_quarterly", "Total costs and expenses per quarter", "USD_billion", "flow", "income_statement_quarterly", kCostRed},
    {"total_costs_and_expenses_yoy_increase", "Total costs and expenses, increase on a year earlier", "USD_billion", "flow", "income_statement_quarterly", kGold},
    {"contractual_commitment_increase", "Step-up in contractual commitments", "USD_billion", "flow", "commitments", kGrey},
    // Market reaction.
    {"stock_move_pct", "Share price move on the day (close)", "percent", "flow", "market_moves", kCostRed},
    {"stock_move_pct_intraday", "Share price move on the day (intraday)", "percent", "flow", "market_moves", kLossPink},
    {"market_value_lost", "Market value lost in one session", "USD_billion", "flow", "market_value", kCostRed},
    {"market_value_lost_4_sessions", "Market value lost over four sessions", "USD_billion", "flow", "market_value", kLossPink},
    // Data-center projects and financing.
    {"hyperion_initial_announced_investment", "Hyperion: investment announced (Dec 2024)", "USD_billion", "stock", "hyperion", kPurple},
    {"hyperion_jv_estimated_cost", "Hyperion: joint-venture estimated cost", "USD_billion", "stock", "hyperion", kPurple},
    {"hyperion_blue_owl_cash_contribution", "Hyperion: Blue Owl cash contribution", "USD_billion", "stock", "hyperion", kCyan},
    {"hyperion_meta_one_time_distribution", "Hyperion: one-time distribution to Meta", "USD_billion", "stock", "hyperion", kCapexBlue},
    {"hyperion_bond_debt", "Hyperion: bond debt", "USD_billion", "stock", "hyperion", kGrey},
    {"hyperion_equity", "Hyperion: equity", "USD_billion", "stock", "hyperion", kGold},
    {"prometheus_financing_sought", "Prometheus: financing sought", "USD_billion", "stock", "prometheus", kPurple},
    {"us_infrastructure_pledge_through_2028", "US infrastructure and jobs pledge through 2028", "USD_billion", "stock", "pledges", kGold},
    // Power.
    {"hyperion_entergy_gas_generation", "Hyperion: Entergy gas generation proposed", "MW", "stock", "power", kBrown},
    {"prometheus_onsite_gas_socrates_south", "Prometheus: on-site gas plant (Socrates South)", "MW", "stock", "power", kBrown},
    {"grid_capacity_added_by_meta", "Grid capacity Meta says it adds", "GW", "stock", "power", kGold},
    {"compute_online_target_2025", "Compute brought online in 2025 (target)", "GW", "stock", "power", kCapexBlue},
    {"mtia_custom_silicon_with_broadcom", "MTIA custom silicon with Broadcom", "GW", "stock", "power", kPurple},
    {"h100_sxm_tdp", "H100 SXM thermal design power", "W", "stock", "gpu_power", kCostRed},
    {"h100_8gpu_node_gpu_power", "GPU power of an 8-GPU H100 node", "kW", "stock", "gpu_power", kGold},
    // GPU fleet and clusters.
    {"h100_target_end_2024", "H100 GPUs by end of 2024 (target)", "GPUs", "stock", "gpu_fleet", kRevenueGreen},
    {"h100_equivalents_target_end_2024", "H100-equivalents of compute by end of 2024 (target)", "GPUs", "stock", "gpu_fleet", kIncomeLime},
    {"gpus_target_end_2025", "GPUs of all types by end of 2025 (target)", "GPUs", "stock", "gpu_fleet", kCyan},
    {"genai_cluster_size", "H100 GPUs per GenAI cluster", "GPUs", "stock", "gpu_clusters", kRevenueGreen},
    {"research_supercluster_a100", "A100 GPUs in the Research SuperCluster", "GPUs", "stock", "gpu_clusters", kGrey},
    {"llama31_405b_training_gpus", "H100 GPUs used to train Llama 3.1 405B", "GPUs", "stock", "gpu_clusters", kPurple},
    {"llama4_training_cluster", "H100 GPUs in the Llama 4 training cluster (lower bound)", "GPUs", "stock", "gpu_clusters", kCapexBlue},
    {"genai_cluster_count", "GenAI clusters of 24,576 H100s", "count", "count", "cluster_layout", kGrey},
    {"gpus_per_node_grand_teton_hgx", "GPUs per Grand Teton node", "count", "count", "cluster_layout", kRevenueGreen},
    {"nodes_per_rack_24k_cluster", "Nodes per rack (24K cluster)", "count", "count", "cluster_layout", kGold},
    {"gpus_per_rack_24k_cluster", "GPUs per rack (24K cluster)", "count", "count", "cluster_layout", kIncomeLime},
    {"nodes_per_24k_cluster", "Nodes per 24K cluster", "count", "count", "cluster_layout", kCyan},
    {"racks_per_24k_cluster", "Racks per 24K cluster", "count", "count", "cluster_layout", kPurple},
    // GPU prices.
    {"h100_unit_price_low", "H100 unit price, low estimate", "USD", "stock", "gpu_prices", kRevenueGreen},
    {"h100_unit_price_high", "H100 unit price, high estimate", "USD", "stock", "gpu_prices", kCostRed},
    {"h100_unit_price_high_alt", "H100 unit price, high end of another estimate", "USD", "stock", "gpu_prices", kLossPink},
    {"h100_est_manufacturing_cost", "H100 estimated manufacturing cost", "USD", "stock", "gpu_prices", kGrey},
    {"est_cost_350k_h100", "Estimated cost of 350,000 H100s", "USD_billion", "stock", "gpu_spend", kGold},
    // People.
    {"headcount_year_end", "Employees at year end", "people", "stock", "headcount", kCyan},
    {"headcount_peak", "Employees at the pre-layoff peak", "people", "stock", "headcount", kGold},
    {"layoff_round", "Jobs cut in a layoff round", "people", "count", "layoffs", kCostRed},
    // AI models, talent and investments.
    {"scale_ai_investment", "Investment in Scale AI", "USD_billion", "stock", "scale_ai", kPurple},
    {"scale_ai_post_money_valuation", "Scale AI post-money valuation", "USD_billion", "stock", "scale_ai", kGrey},
    {"scale_ai_stake", "Stake in Scale AI", "percent", "stock", "scale_ai_stake", kPurple},
    {"ai_signing_bonus_claim", "Claimed AI signing bonus", "USD_million", "stock", "talent", kGold},
    {"llama_cumulative_downloads", "Llama downloads, cumulative", "count", "stock", "llama", kCapexBlue, 1e6},
    {"aa_intelligence_index_muse_spark", "Artificial Analysis Intelligence Index: Muse Spark", "points", "stock", "model_index", kCapexBlue},
    {"aa_intelligence_index_gpt_5_4", "Artificial Analysis Intelligence Index: GPT-5.4", "points", "stock", "model_index", kGrey},
    {"aa_intelligence_index_gemini_3_1_pro", "Artificial Analysis Intelligence Index: Gemini 3.1 Pro", "points", "stock", "model_index", kRevenueGreen},
    {"aa_intelligence_index_claude_opus_4_6", "Artificial Analysis Intelligence Index: Claude Opus 4.6", "points", "stock", "model_index", kRlOrange},
};

}  // namespace

std::optional<SeriesSpec> find_series_spec(std::string_view id) {
    for (const SeriesSpec& spec : kCatalog)
        if (spec.id == id) return spec;
    return std::nullopt;
}

}  // namespace xrviz::tools
