#!/usr/bin/env python3
"""Writes the glTF test files of tests/engine/assets/gltf_model_test.cpp:
valid/*.gltf|glb, each a known shape the test checks by its numbers, and
malformed/<case>.gltf|glb with <case>.error.txt, the exact message the loader must give
after "<path>: ". Run from anywhere; the outputs are committed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools", "models"))
import gltf_writer as gw  # noqa: E402


def red_cube():
    w = gw.GltfWriter("xrviz tests")
    red = w.material("red", [1.0, 0.0, 0.0, 1.0])
    w.node("cube", mesh=w.mesh("cube", [w.box_primitive((1.0, 1.0, 1.0), material=red)]))
    return w


def hierarchy():
    w = gw.GltfWriter("xrviz tests")
    box = w.mesh("box", [w.box_primitive((0.5, 0.5, 0.5))])
    parent = w.node("parent", translation=(1.0, 0.0, 0.0), scale=(2.0, 2.0, 2.0))
    w.node("child", mesh=box, translation=(0.0, 1.0, 0.0), rotation=gw.quat_about_y(1.5707963),
           parent=parent)
    w.node("by_matrix", mesh=box, matrix=(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, -3, 1))
    return w


def flat_strip():
    # A unit square in the xy plane as a 4-vertex strip, no normals, no indices.
    w = gw.GltfWriter("xrviz tests")
    p = w.primitive([(0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 0)], mode=5)
    w.node("strip", mesh=w.mesh("strip", [p]))
    return w


def textured_quad():
    # A 1 m square facing +z; its 2x2 texture is all one green, sampled nearest.
    w = gw.GltfWriter("xrviz tests")
    green = [(0, 200, 0, 255)] * 2
    tex = w.texture_png(gw.png_rgba(2, 2, [green, green]),
                        sampler={"magFilter": 9728, "minFilter": 9728, "wrapS": 33071,
                                 "wrapT": 33648})
    mat = w.material("textured", [1.0, 1.0, 1.0, 1.0], texture=tex)
    p = w.primitive([(-0.5, -0.5, 0), (0.5, -0.5, 0), (0.5, 0.5, 0), (-0.5, 0.5, 0)],
                    indices=[0, 1, 2, 0, 2, 3], normals=[(0, 0, 1)] * 4,
                    uvs=[(0, 1), (1, 1), (1, 0), (0, 0)], material=mat)
    w.node("quad", mesh=w.mesh("quad", [p]))
    return w


def unsupported():
    w = red_cube()
    doc = w.doc
    doc["cameras"] = [{"type": "perspective", "perspective": {"yfov": 0.8, "znear": 0.1}}]
    doc["extensionsUsed"] = ["KHR_materials_clearcoat", "KHR_texture_transform"]
    doc["extensionsRequired"] = ["KHR_texture_transform"]
    doc["materials"][0]["alphaMode"] = "BLEND"
    doc["materials"][0]["extensions"] = {"KHR_materials_clearcoat": {"clearcoatFactor": 1.0}}
    cube = doc["meshes"][0]["primitives"][0]
    cube["attributes"]["COLOR_0"] = w.accessor([(1.0, 1.0, 1.0)] * 24, "VEC3")
    lines = w.primitive([(0, 0, 0), (0, 2, 0)], mode=1)
    doc["meshes"][0]["primitives"].append(lines)
    return w


def malformed_cases():
    """(name, writer or text, expected message after '<path>: ')."""
    def cube_with(change):
        w = red_cube()
        change(w.doc, w)
        return w

    def set_(path, value):
        def change(doc, _w):
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        return change

    prim = ["meshes", 0, "primitives", 0]
    cases = [
        ("bad_json", red_cube().gltf_text()[:120], None),
        ("missing_buffer", cube_with(lambda d, w: None), None),  # buffer uri set below
        ("accessor_past_buffer_view", cube_with(set_(["accessors", 0, "count"], 100)),
         "accessor 0 (mesh 0 primitive 0 POSITION): 100 elements from byte 0 run past the "
         "end of bufferView 0 (288 bytes)"),
        ("wrong_component_type", cube_with(set_(["accessors", 0, "componentType"], 5123)),
         "accessor 0 (mesh 0 primitive 0 POSITION): is UNSIGNED_SHORT VEC3, expected FLOAT "
         "VEC3"),
        ("missing_accessor", cube_with(set_(prim + ["attributes", "NORMAL"], 42)),
         "mesh 0 primitive 0 NORMAL: accessor 42 does not exist (the file has 4)"),
        ("bad_material_index", cube_with(set_(prim + ["material"], 5)),
         "mesh 0 primitive 0: material 5 does not exist (the file has 1)"),
        ("incomplete_triangle", cube_with(set_(["accessors", 3, "count"], 35)),
         "mesh 0 primitive 0: 35 vertices do not make whole triangles"),
        ("node_cycle", cube_with(set_(["nodes"], [{"children": [1]}, {"children": [0]}])),
         "node 0 is its own ancestor (a cycle of children)"),
        ("bad_texture_index",
         cube_with(set_(["materials", 0, "pbrMetallicRoughness", "baseColorTexture"],
                        {"index": 3})),
         "material 0: baseColorTexture 3 does not exist (the file has 0)"),
        ("bad_child_index", cube_with(set_(["nodes", 0, "children"], [7])),
         "node 0: child node 7 does not exist (the file has 1)"),
        ("not_gltf", "this is not a glTF file\n", None),
        ("truncated_glb", red_cube().glb_bytes()[:40], None),
    ]
    # An index past the last vertex: the cube's index data with one 99 in it.
    w = gw.GltfWriter("xrviz tests")
    positions, normals, uvs, indices = gw.box_triangles((1.0, 1.0, 1.0))
    indices[7] = 99
    w.node("cube", mesh=w.mesh("cube", [w.primitive(positions, indices, normals, uvs)]))
    cases.append(("index_out_of_range", w,
                  "mesh 0 primitive 0: index 7 is 99, past the last vertex (24 vertices)"))
    # A PNG signature followed by nonsense.
    w = gw.GltfWriter("xrviz tests")
    tex = w.texture_png(b"\x89PNG\r\n\x1a\n" + b"nonsense" * 4)
    w.material("bad", [1, 1, 1, 1], texture=tex)
    w.node("cube", mesh=w.mesh("cube", [w.box_primitive((1.0, 1.0, 1.0), material=0)]))
    cases.append(("corrupt_png", w, None))
    return cases


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    valid = os.path.join(HERE, "valid")
    malformed = os.path.join(HERE, "malformed")
    os.makedirs(valid, exist_ok=True)
    os.makedirs(malformed, exist_ok=True)
    red_cube().write(os.path.join(valid, "red_cube.gltf"))
    red_cube().write(os.path.join(valid, "red_cube.glb"))
    hierarchy().write(os.path.join(valid, "hierarchy.gltf"))
    flat_strip().write(os.path.join(valid, "flat_strip.gltf"))
    textured_quad().write(os.path.join(valid, "textured_quad.gltf"))
    unsupported().write(os.path.join(valid, "unsupported.gltf"))
    for name, content, expected in malformed_cases():
        path = os.path.join(malformed, name)
        if isinstance(content, bytes):
            with open(path + ".glb", "wb") as f:
                f.write(content)
        elif isinstance(content, str):
            write_text(path + ".gltf", content)
        else:
            text = content.gltf_text()
            if name == "missing_buffer":
                doc = json.loads(text)
                doc["buffers"][0]["uri"] = "missing.bin"
                text = json.dumps(doc, indent=1) + "\n"
            write_text(path + ".gltf", text)
        # Messages that come from tinygltf are recorded once, by hand, after reading them.
        if expected is not None:
            write_text(path + ".error.txt", expected + "\n")


if __name__ == "__main__":
    main()
