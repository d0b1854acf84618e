#!/usr/bin/env python3
"""Builds capture/src/main/resources/io/zonewarden/capture/inventory/oui.tsv.gz from Debian's ieee-data package.

Usage: apt-get install -y ieee-data && python3 capture/tools/build-oui-registry.py [/usr/share/ieee-data]

One sorted line per IEEE assignment (MA-L from oui.csv, MA-M from mam.csv, MA-S from oui36.csv):
"HEXPREFIX<TAB>organisation", legal-form suffixes removed, names cut at 48 characters. The gzip header carries no
timestamp, so the same ieee-data version gives the same bytes.
"""
import csv
import gzip
import os
import re
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/ieee-data"
TARGET = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "io", "zonewarden", "capture",
                      "inventory", "oui.tsv.gz")
SUFFIX = re.compile(r"[,.]?\s+(Co\.?,?\s*Ltd\.?|Inc\.?|Corporation|Corp\.?|GmbH( & Co\.? KG)?|AG|Ltd\.?|LLC"
                    r"|S\.?A\.?|B\.?V\.?|Limited|Co\.)$", re.I)

names = {}
for file, digits in (("oui.csv", 6), ("mam.csv", 7), ("oui36.csv", 9)):
    with open(os.path.join(SOURCE, file), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            prefix = row["Assignment"].strip().upper()
            name = SUFFIX.sub("", " ".join(row["Organization Name"].split())).strip(" ,.")
            if name and len(prefix) == digits:
                names[prefix] = name[:48]

lines = sorted(f"{prefix}\t{name}" for prefix, name in names.items())
with gzip.GzipFile(TARGET, "wb", mtime=0) as out:
    out.write(("\n".join(lines) + "\n").encode())
print(f"{len(lines)} assignments -> {os.path.normpath(TARGET)}")
