#!/usr/bin/env python3
"""Builds packaging/windows/gatehouse.ico from resources/icons/gatehouse.svg: PNG images (16-256 px, rendered
with rsvg-convert) stored in an ICO container, which Windows Vista and later read. Run after changing the SVG."""
import pathlib
import struct
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[2]
svg = root / "resources/icons/gatehouse.svg"
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [subprocess.run(["rsvg-convert", "-w", str(s), "-h", str(s), str(svg)], check=True,
                         capture_output=True).stdout for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for size, png in zip(sizes, images):
    dim = 0 if size == 256 else size
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
out = root / "packaging/windows/gatehouse.ico"
out.write_bytes(header + entries + b"".join(images))
sys.stdout.write(f"wrote {out} ({out.stat().st_size} bytes)\n")
