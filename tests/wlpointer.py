#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A pointer for a headless wlroots compositor (no input devices): speaks the Wayland wire protocol to create a
# zwlr_virtual_pointer_v1 on the seat, then moves it and clicks. Usage: wlpointer.py X Y [BUTTON] (BUTTON: left,
# right, none; default right). Needs WAYLAND_DISPLAY and XDG_RUNTIME_DIR.
import os, socket, struct, sys, time

BUTTONS = {"left": 0x110, "right": 0x111, "middle": 0x112}


class Wire:
    def __init__(self):
        path = os.path.join(os.environ["XDG_RUNTIME_DIR"], os.environ["WAYLAND_DISPLAY"])
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.next_id = 2
        self.buf = b""

    def new_id(self):
        self.next_id += 1
        return self.next_id - 1

    def send(self, obj, opcode, payload=b""):
        self.sock.sendall(struct.pack("<II", obj, ((8 + len(payload)) << 16) | opcode) + payload)

    @staticmethod
    def string(s):
        b = s.encode() + b"\0"
        return struct.pack("<I", len(b)) + b + b"\0" * (-len(b) % 4)

    def events(self, until_callback):
        # Reads events until wl_callback `until_callback` is done; returns [(obj, opcode, payload)].
        out = []
        while True:
            while len(self.buf) < 8 or len(self.buf) < (struct.unpack_from("<I", self.buf, 4)[0] >> 16):
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise SystemExit("compositor closed the connection")
                self.buf += chunk
            obj, word = struct.unpack_from("<II", self.buf)
            size = word >> 16
            payload = self.buf[8:size]
            self.buf = self.buf[size:]
            if obj == 1 and (word & 0xFFFF) == 0:
                raise SystemExit("protocol error: %r" % payload)
            if obj == until_callback:
                return out
            out.append((obj, word & 0xFFFF, payload))

    def roundtrip(self):
        cb = self.new_id()
        self.send(1, 0, struct.pack("<I", cb))  # wl_display.sync
        return self.events(cb)


def main():
    x, y = int(sys.argv[1]), int(sys.argv[2])
    button = sys.argv[3] if len(sys.argv) > 3 else "right"
    w = Wire()
    registry = w.new_id()
    w.send(1, 1, struct.pack("<I", registry))  # wl_display.get_registry
    globals_ = {}
    for obj, opcode, payload in w.roundtrip():
        if obj == registry and opcode == 0:
            name, length = struct.unpack_from("<II", payload)
            iface = payload[8:8 + length - 1].decode()
            version = struct.unpack_from("<I", payload, 8 + length + (-length % 4))[0]
            globals_[iface] = (name, version)
    if "zwlr_virtual_pointer_manager_v1" not in globals_:
        raise SystemExit("no zwlr_virtual_pointer_manager_v1 in this compositor")

    def bind(iface, version):
        oid = w.new_id()
        w.send(registry, 0, struct.pack("<I", globals_[iface][0]) + Wire.string(iface) + struct.pack("<II", version, oid))
        return oid

    seat = bind("wl_seat", 1)
    manager = bind("zwlr_virtual_pointer_manager_v1", 1)
    pointer = w.new_id()
    w.send(manager, 0, struct.pack("<II", seat, pointer))  # create_virtual_pointer
    w.roundtrip()
    time.sleep(0.5)  # clients learn of the seat's new pointer capability
    ms = lambda: int(time.monotonic() * 1000) & 0xFFFFFFFF
    extent_w, extent_h = int(os.environ.get("WLPOINTER_EXTENT", "1280x800").split("x")[0]), int(
        os.environ.get("WLPOINTER_EXTENT", "1280x800").split("x")[1])
    for dx in (1, 0):  # a move the client sees as an enter, then the spot
        w.send(pointer, 1, struct.pack("<IIIII", ms(), x - dx, y, extent_w, extent_h))  # motion_absolute
        w.send(pointer, 4)  # frame
        w.roundtrip()
        time.sleep(0.2)
    if button != "none":
        code = BUTTONS[button]
        w.send(pointer, 2, struct.pack("<III", ms(), code, 1))
        w.send(pointer, 4)
        w.roundtrip()
        time.sleep(0.1)
        w.send(pointer, 2, struct.pack("<III", ms(), code, 0))
        w.send(pointer, 4)
        w.roundtrip()
    time.sleep(float(os.environ.get("WLPOINTER_HOLD", "1")))  # the device goes with the connection


if __name__ == "__main__":
    main()
