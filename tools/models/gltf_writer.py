"""A small glTF 2.0 writer (Python 3 standard library only) for the models and test files
authored for xrviz: boxes and other triangle meshes, base-colour materials, a node tree,
one buffer embedded as base64 (.gltf) or as the binary chunk (.glb).

Positions are metres, +y up, -z forward, as glTF requires. Colours are given in sRGB
(what a designer picks) and written linear (what glTF's baseColorFactor holds).
"""

import base64
import json
import math
import re
import struct
import zlib

FLOAT = 5126
UNSIGNED_BYTE = 5121
UNSIGNED_SHORT = 5123
UNSIGNED_INT = 5125
ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963

_FORMATS = {FLOAT: "f", UNSIGNED_BYTE: "B", UNSIGNED_SHORT: "H", UNSIGNED_INT: "I"}
_COMPONENTS = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}


def srgb_to_linear(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def colour(hex_rgb, alpha=1.0):
    """'#rrggbb' in sRGB -> linear [r, g, b, a] for baseColorFactor."""
    h = hex_rgb.lstrip("#")
    return [round(srgb_to_linear(int(h[i:i + 2], 16) / 255.0), 5) for i in (0, 2, 4)] + [alpha]


def png_rgba(width, height, pixels):
    """A PNG of RGBA8 pixels (rows of (r, g, b, a) tuples), written with zlib only."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def box_triangles(size, center=(0.0, 0.0, 0.0)):
    """A box as 24 vertices (own normals and uvs per face) and 36 counter-clockwise
    indices, seen from outside."""
    hx, hy, hz = (s / 2.0 for s in size)
    cx, cy, cz = center
    positions, normals, uvs, indices = [], [], [], []
    # (normal, u axis, v axis): u x v = normal, so the winding faces outwards.
    faces = [((1, 0, 0), (0, 0, -1), (0, 1, 0)), ((-1, 0, 0), (0, 0, 1), (0, 1, 0)),
             ((0, 1, 0), (1, 0, 0), (0, 0, -1)), ((0, -1, 0), (1, 0, 0), (0, 0, 1)),
             ((0, 0, 1), (1, 0, 0), (0, 1, 0)), ((0, 0, -1), (-1, 0, 0), (0, 1, 0))]
    half = (hx, hy, hz)
    for n, u, v in faces:
        base = len(positions)
        for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            p = [cx, cy, cz]
            for k in range(3):
                p[k] += (n[k] + su * u[k] + sv * v[k]) * half[k]
            positions.append(tuple(p))
            normals.append(n)
            uvs.append(((su + 1) / 2.0, (1 - sv) / 2.0))
        indices += [base, base + 1, base + 2, base, base + 2, base + 3]
    return positions, normals, uvs, indices


def compact_json(doc):
    """Indented JSON with arrays of numbers kept on one line, so a small file reads."""
    text = json.dumps(doc, indent=1, separators=(",", ":"))
    number_list = re.compile(r"\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]")
    return number_list.sub(lambda m: "[" + re.sub(r"\s+", "", m.group(1)) + "]", text) + "\n"


class GltfWriter:
    def __init__(self, generator="xrviz tools/models"):
        self.doc = {"asset": {"version": "2.0", "generator": generator},
                    "scene": 0, "scenes": [{"nodes": []}], "nodes": [], "meshes": [],
                    "materials": [], "accessors": [], "bufferViews": [], "buffers": []}
        self.data = bytearray()

    # -- raw data ---------------------------------------------------------------------
    def buffer_view(self, blob, target=None, stride=None):
        while len(self.data) % 4:
            self.data.append(0)
        view = {"buffer": 0, "byteOffset": len(self.data), "byteLength": len(blob)}
        if target:
            view["target"] = target
        if stride:
            view["byteStride"] = stride
        self.data += blob
        self.doc["bufferViews"].append(view)
        return len(self.doc["bufferViews"]) - 1

    def accessor(self, values, kind, component=FLOAT, target=None, normalized=False,
                 bounds=False):
        n = _COMPONENTS[kind]
        flat = [c for v in values for c in (v if n > 1 else (v,))]
        blob = struct.pack("<%d%s" % (len(flat), _FORMATS[component]), *flat)
        acc = {"bufferView": self.buffer_view(blob, target), "componentType": component,
               "count": len(values), "type": kind}
        if normalized:
            acc["normalized"] = True
        if bounds:
            acc["min"] = [min(v[k] for v in values) for k in range(n)]
            acc["max"] = [max(v[k] for v in values) for k in range(n)]
        self.doc["accessors"].append(acc)
        return len(self.doc["accessors"]) - 1

    # -- scene objects ----------------------------------------------------------------
    def material(self, name, base_colour, texture=None, **extra):
        m = {"name": name, "pbrMetallicRoughness": {"baseColorFactor": base_colour,
                                                    "metallicFactor": 0.0,
                                                    "roughnessFactor": 0.8}}
        if texture is not None:
            m["pbrMetallicRoughness"]["baseColorTexture"] = {"index": texture}
        m.update(extra)
        self.doc["materials"].append(m)
        return len(self.doc["materials"]) - 1

    def texture_png(self, png_bytes, sampler=None):
        self.doc.setdefault("images", []).append(
            {"bufferView": self.buffer_view(png_bytes), "mimeType": "image/png"})
        texture = {"source": len(self.doc["images"]) - 1}
        if sampler is not None:
            self.doc.setdefault("samplers", []).append(sampler)
            texture["sampler"] = len(self.doc["samplers"]) - 1
        self.doc.setdefault("textures", []).append(texture)
        return len(self.doc["textures"]) - 1

    def primitive(self, positions, indices=None, normals=None, uvs=None, material=None,
                  mode=None):
        p = {"attributes": {"POSITION": self.accessor(positions, "VEC3", target=ARRAY_BUFFER,
                                                      bounds=True)}}
        if normals is not None:
            p["attributes"]["NORMAL"] = self.accessor(normals, "VEC3", target=ARRAY_BUFFER)
        if uvs is not None:
            p["attributes"]["TEXCOORD_0"] = self.accessor(uvs, "VEC2", target=ARRAY_BUFFER)
        if indices is not None:
            component = UNSIGNED_SHORT if max(indices) < 65536 else UNSIGNED_INT
            p["indices"] = self.accessor(indices, "SCALAR", component, ELEMENT_ARRAY_BUFFER)
        if material is not None:
            p["material"] = material
        if mode is not None:
            p["mode"] = mode
        return p

    def box_primitive(self, size, center=(0.0, 0.0, 0.0), material=None):
        positions, normals, uvs, indices = box_triangles(size, center)
        return self.primitive(positions, indices, normals, uvs, material)

    def boxes_primitive(self, boxes, material=None):
        """Many boxes, [(size, center), ...], as one primitive: one draw, not many."""
        positions, normals, uvs, indices = [], [], [], []
        for size, center in boxes:
            p, n, t, i = box_triangles(size, center)
            indices += [len(positions) + k for k in i]
            positions += p
            normals += n
            uvs += t
        return self.primitive(positions, indices, normals, uvs, material)

    def mesh(self, name, primitives):
        self.doc["meshes"].append({"name": name, "primitives": primitives})
        return len(self.doc["meshes"]) - 1

    def node(self, name, mesh=None, translation=None, rotation=None, scale=None,
             children=None, parent=None, matrix=None):
        """A node; at the scene root unless `parent` is given. rotation: (x, y, z, w)."""
        n = {"name": name}
        for key, value in (("mesh", mesh), ("translation", translation),
                           ("rotation", rotation), ("scale", scale), ("matrix", matrix),
                           ("children", children)):
            if value is not None:
                n[key] = list(value) if isinstance(value, (list, tuple)) else value
        self.doc["nodes"].append(n)
        index = len(self.doc["nodes"]) - 1
        if parent is None:
            self.doc["scenes"][0]["nodes"].append(index)
        else:
            self.doc["nodes"][parent].setdefault("children", []).append(index)
        return index

    # -- output -----------------------------------------------------------------------
    def _finish(self):
        doc = {k: v for k, v in self.doc.items() if v != []}
        return doc

    def gltf_text(self):
        doc = self._finish()
        doc["buffers"] = [{"byteLength": len(self.data),
                           "uri": "data:application/octet-stream;base64," +
                                  base64.b64encode(bytes(self.data)).decode("ascii")}]
        return compact_json(doc)

    def glb_bytes(self):
        doc = self._finish()
        doc["buffers"] = [{"byteLength": len(self.data)}]
        text = json.dumps(doc, separators=(",", ":")).encode("utf-8")
        text += b" " * (-len(text) % 4)
        binary = bytes(self.data) + b"\x00" * (-len(self.data) % 4)
        total = 12 + 8 + len(text) + 8 + len(binary)
        return (struct.pack("<4sII", b"glTF", 2, total) +
                struct.pack("<I4s", len(text), b"JSON") + text +
                struct.pack("<I4s", len(binary), b"BIN\x00") + binary)

    def write(self, path):
        if str(path).endswith(".glb"):
            with open(path, "wb") as f:
                f.write(self.glb_bytes())
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(self.gltf_text())


def quat_about_y(radians):
    return (0.0, math.sin(radians / 2.0), 0.0, math.cos(radians / 2.0))
