#!/usr/bin/env python3
"""Writes xrviz's own glTF models to assets/models/ (see assets/models/README.md):

  h100_sxm.gltf          one H100 SXM module with its heatsink
  gpu_node_8x.gltf       an 8-GPU server node in the manner of Meta's Grand Teton
  rack_2node.gltf        a rack cabinet holding 2 such nodes (Meta's 24K clusters)
  rack_2node_lod.gltf    the same rack as a handful of boxes, for far away

True sizes in metres, +y up, fronts facing +z, each model's origin at the centre of its
footprint on the floor (or on the surface it stands on). Sizes are from public spec
sheets and photographs, rounded: good for a sense of scale, not engineering drawings.
Python 3 standard library only; run it again after any change and commit its output.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gltf_writer as gw  # noqa: E402

U = 0.04445  # one rack unit (EIA-310), metres

# Module: SXM5 board about 142 x 78 mm; heatsink to about 96 mm for air-cooled HGX.
GPU_WIDTH, GPU_LENGTH, GPU_HEIGHT = 0.078, 0.142, 0.0955
# Node: 19-inch chassis, 8 U tall, 0.80 m deep; GPU tray above, CPU tray below.
NODE_WIDTH, NODE_DEPTH, NODE_HEIGHT = 0.44, 0.80, 8 * U
CPU_TRAY_HEIGHT = 0.15
# Cabinet: 0.6 m wide, 1.2 m deep, 2.2 m tall; 45 U between plinth and roof.
RACK_WIDTH, RACK_DEPTH, RACK_HEIGHT = 0.6, 1.2, 2.2
RACK_FIRST_U = 0.10  # top of the plinth
RAIL_Z = 0.50        # front mounting rails: equipment fronts line up here
NODE_SLOTS_U = (3, 13)  # lowest U (0-based) of each node: power shelf below, a gap between


def materials(w):
    def m(name, hex_rgb):
        return w.material(name, gw.colour(hex_rgb))
    return {
        "pcb": m("pcb", "#1e3b2a"), "copper": m("copper", "#b06a3b"),
        "fins": m("aluminium", "#c9ced4"), "cover": m("gpu_cover", "#2a2e35"),
        "accent": m("accent_green", "#76b900"), "sheet": m("sheet_metal", "#3a3f47"),
        "bezel": m("bezel", "#1c1f24"), "fan": m("fan", "#0d0f12"),
        "steel": m("steel", "#8a9099"), "dimm": m("dimm", "#2d5a3d"),
        "frame": m("rack_frame", "#23272e"), "blank": m("blanking_panel", "#15181c"),
        "port": m("ports", "#4a4f57"),
    }


def gpu_mesh(w, mat):
    fins = [((0.0016, 0.080, 0.118), (-0.033 + i * 0.006, 0.052, 0.0)) for i in range(12)]
    return w.mesh("h100_sxm", [
        w.box_primitive((GPU_WIDTH, 0.004, GPU_LENGTH), (0, 0.002, 0), mat["pcb"]),
        w.box_primitive((0.070, 0.008, 0.118), (0, 0.008, 0), mat["copper"]),
        w.boxes_primitive(fins, mat["fins"]),
        w.box_primitive((GPU_WIDTH, 0.003, GPU_LENGTH), (0, 0.0935, 0), mat["cover"]),
        w.box_primitive((GPU_WIDTH, 0.0006, 0.016), (0, 0.0953, 0.055), mat["accent"]),
    ])


def node_meshes(w, mat):
    """The parts of a server node other than its 8 GPUs, one mesh per part."""
    h, d, hw = NODE_HEIGHT, NODE_DEPTH, NODE_WIDTH / 2
    front = d / 2
    chassis = w.mesh("chassis", [w.boxes_primitive([
        ((NODE_WIDTH, 0.003, d), (0, 0.0015, 0)),                       # floor pan
        ((0.003, h, d), (-hw + 0.0015, h / 2, 0)),                      # side walls
        ((0.003, h, d), (hw - 0.0015, h / 2, 0)),
        ((NODE_WIDTH, h, 0.003), (0, h / 2, -front + 0.0015)),          # back wall
        ((NODE_WIDTH - 0.006, 0.003, d), (0, CPU_TRAY_HEIGHT, 0)),      # tray divider
        ((NODE_WIDTH, 0.003, d / 2), (0, h - 0.0015, -d / 4)),          # lid, rear half
    ], mat["sheet"])])
    fans = [((0.09, 0.09, 0.002), (x, CPU_TRAY_HEIGHT / 2, front + 0.002))
            for x in (-0.15, -0.05, 0.05, 0.15)]
    bars = [((NODE_WIDTH - 0.006, 0.006, 0.006), (0, y, front - 0.004))
            for y in (0.20, 0.25, 0.30)]
    ears = [((0.02, h - 0.04, 0.02), (s * (hw + 0.01), h / 2, front - 0.01)) for s in (-1, 1)]
    front_parts = w.mesh("front", [
        w.box_primitive((NODE_WIDTH, CPU_TRAY_HEIGHT, 0.004),
                        (0, CPU_TRAY_HEIGHT / 2, front - 0.002), mat["bezel"]),
        w.boxes_primitive(fans, mat["fan"]),
        w.boxes_primitive(bars + ears, mat["steel"]),
        w.box_primitive((0.06, 0.008, 0.003), (-0.17, h - 0.016, front - 0.001),
                        mat["accent"]),
    ])
    board_y = CPU_TRAY_HEIGHT + 0.0015
    switches = [((0.05, 0.04, 0.05), (x, board_y + 0.024, 0.0))
                for x in (-0.135, -0.045, 0.045, 0.135)]
    nics = [((0.07, 0.02, 0.15), (x, board_y + 0.03, -0.30)) for x in (-0.135, -0.045, 0.045, 0.135)]
    baseboard = w.mesh("hgx_baseboard", [
        w.box_primitive((0.40, 0.004, 0.42), (0, board_y + 0.002, 0.17), mat["pcb"]),
        w.boxes_primitive(switches, mat["fins"]),
        w.boxes_primitive(nics, mat["pcb"]),
    ])
    dimms = [((0.004, 0.035, 0.13), (cpu + side * (0.055 + k * 0.008), 0.006 + 0.0175, 0.05))
             for cpu in (-0.1, 0.1) for side in (-1, 1) for k in range(4)]
    cpu_tray = w.mesh("cpu_tray", [
        w.box_primitive((NODE_WIDTH - 0.02, 0.003, d - 0.04), (0, 0.0045, 0), mat["pcb"]),
        w.boxes_primitive([((0.09, 0.07, 0.11), (x, 0.041, 0.05)) for x in (-0.1, 0.1)],
                          mat["fins"]),
        w.boxes_primitive(dimms, mat["dimm"]),
        w.boxes_primitive([((0.07, 0.04, 0.2), (x, 0.026, -0.28)) for x in (-0.16, -0.08)],
                          mat["steel"]),
    ])
    return {"chassis": chassis, "front": front_parts, "baseboard": baseboard,
            "cpu_tray": cpu_tray}


def place_node(w, meshes, gpu, name, parent=None, translation=None):
    """One server node and its 8 GPUs (4 across, 2 deep) as a node subtree."""
    root = w.node(name, translation=translation, parent=parent)
    for part in ("chassis", "front", "baseboard", "cpu_tray"):
        w.node(part, mesh=meshes[part], parent=root)
    gpu_y = CPU_TRAY_HEIGHT + 0.0055
    for row, z in enumerate((0.29, 0.13)):
        for col, x in enumerate((-0.135, -0.045, 0.045, 0.135)):
            w.node("gpu_%d" % (row * 4 + col), mesh=gpu, translation=(x, gpu_y, z), parent=root)
    return root


def rack_frame(w, mat):
    hw, hd = RACK_WIDTH / 2, RACK_DEPTH / 2
    posts = [((0.04, RACK_HEIGHT, 0.04), (sx * (hw - 0.02), RACK_HEIGHT / 2, sz * (hd - 0.02)))
             for sx in (-1, 1) for sz in (-1, 1)]
    shell = [
        ((RACK_WIDTH, 0.03, RACK_DEPTH), (0, RACK_HEIGHT - 0.015, 0)),       # roof
        ((RACK_WIDTH, 0.08, RACK_DEPTH), (0, 0.04, 0)),                      # plinth
        ((0.01, RACK_HEIGHT - 0.11, RACK_DEPTH - 0.08), (-hw + 0.005, 1.125, 0)),  # sides
        ((0.01, RACK_HEIGHT - 0.11, RACK_DEPTH - 0.08), (hw - 0.005, 1.125, 0)),
        ((RACK_WIDTH - 0.08, RACK_HEIGHT - 0.11, 0.01), (0, 1.125, -hd + 0.005)),  # back door
    ]
    usable = 45 * U
    rails = [((0.016, usable, 0.02), (s * 0.2325, RACK_FIRST_U + usable / 2, RAIL_Z))
             for s in (-1, 1)]
    pdus = [((0.05, 1.8, 0.05), (s * 0.24, 1.1, -hd + 0.06)) for s in (-1, 1)]
    return w.mesh("cabinet", [w.boxes_primitive(posts + shell, mat["frame"]),
                              w.boxes_primitive(rails + pdus, mat["steel"])])


def u_box(first_u, units, depth, z_front=RAIL_Z, width=NODE_WIDTH, inset=0.0):
    """(size, center) of equipment `units` U tall from U `first_u`, front at z_front."""
    height = units * U - inset
    return ((width, height, depth),
            (0, RACK_FIRST_U + first_u * U + units * U / 2, z_front - depth / 2))


def rack_equipment(w, mat):
    power = u_box(0, 3, 0.6)
    psu_faces = [((0.065, 3 * U - 0.01, 0.002), (-0.1875 + i * 0.075, power[1][1], RAIL_Z + 0.001))
                 for i in range(6)]
    switch = u_box(44, 1, 0.5)
    ports = ((0.40, 0.015, 0.002), (0.0, switch[1][1], RAIL_Z + 0.001))
    leds = ((0.03, 0.006, 0.002), (0.2, switch[1][1] + 0.012, RAIL_Z + 0.001))
    n0, n1 = NODE_SLOTS_U
    # Blanking panels fill every front slot the equipment leaves open.
    blanks = [u_box(n0 + 8, n1 - n0 - 8, 0.002, RAIL_Z + 0.002),
              u_box(n1 + 8, 44 - n1 - 8, 0.002, RAIL_Z + 0.002)]
    return w.mesh("rack_equipment", [
        w.boxes_primitive([power, switch], mat["bezel"]),
        w.boxes_primitive(psu_faces + [ports], mat["port"]),
        w.boxes_primitive([leds], mat["accent"]),
        w.boxes_primitive(blanks, mat["blank"]),
    ])


def node_translation(slot_u):
    return (0.0, RACK_FIRST_U + slot_u * U, RAIL_Z - NODE_DEPTH / 2)


def write_gpu(path):
    w = gw.GltfWriter()
    mat = materials(w)
    w.node("h100_sxm", mesh=gpu_mesh(w, mat))
    w.write(path)


def write_node(path):
    w = gw.GltfWriter()
    mat = materials(w)
    place_node(w, node_meshes(w, mat), gpu_mesh(w, mat), "gpu_node_8x")
    w.write(path)


def write_rack(path):
    w = gw.GltfWriter()
    mat = materials(w)
    gpu, meshes = gpu_mesh(w, mat), node_meshes(w, mat)
    rack = w.node("rack_2node")
    w.node("cabinet", mesh=rack_frame(w, mat), parent=rack)
    w.node("equipment", mesh=rack_equipment(w, mat), parent=rack)
    for i, slot in enumerate(NODE_SLOTS_U):
        place_node(w, meshes, gpu, "node_%d" % i, parent=rack, translation=node_translation(slot))
    w.write(path)


def write_rack_lod(path):
    """Seen from afar a rack is a dark cabinet with two lit node fronts: a few boxes."""
    w = gw.GltfWriter()
    mat = materials(w)
    front = RACK_DEPTH / 2 + 0.002
    nodes = [((NODE_WIDTH, NODE_HEIGHT - 0.004, 0.004),
              (0, node_translation(s)[1] + NODE_HEIGHT / 2, front)) for s in NODE_SLOTS_U]
    gpu_bands = [((NODE_WIDTH - 0.04, NODE_HEIGHT - CPU_TRAY_HEIGHT - 0.03, 0.004),
                  (0, node_translation(s)[1] + (NODE_HEIGHT + CPU_TRAY_HEIGHT) / 2, front + 0.001))
                 for s in NODE_SLOTS_U]
    leds = [((0.06, 0.01, 0.004), (-0.17, node_translation(s)[1] + NODE_HEIGHT - 0.016,
                                   front + 0.002)) for s in NODE_SLOTS_U]
    w.node("rack_2node_lod", mesh=w.mesh("rack_lod", [
        w.box_primitive((RACK_WIDTH, RACK_HEIGHT, RACK_DEPTH), (0, RACK_HEIGHT / 2, 0),
                        mat["frame"]),
        w.boxes_primitive(nodes, mat["sheet"]),
        w.boxes_primitive(gpu_bands, mat["steel"]),
        w.boxes_primitive(leds, mat["accent"]),
    ]))
    w.write(path)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    out = os.path.normpath(os.path.join(root, "assets", "models"))
    os.makedirs(out, exist_ok=True)
    write_gpu(os.path.join(out, "h100_sxm.gltf"))
    write_node(os.path.join(out, "gpu_node_8x.gltf"))
    write_rack(os.path.join(out, "rack_2node.gltf"))
    write_rack_lod(os.path.join(out, "rack_2node_lod.gltf"))


if __name__ == "__main__":
    main()
