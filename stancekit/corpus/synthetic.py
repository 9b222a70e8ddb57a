"""A generated news-like corpus, for throughput/memory benchmarks, the resume test and the demo notebook.

Articles mix narrative sentences with direct, split, indirect, mixed and "according to" statements by a
recurring cast of invented public figures and organisations about invented local policies. Each person has a
fixed position on each policy (so a speaker x target table shows a pattern), and opinion on the fuel tax
turns from against to favor over the year (so stance over time shows a trend). Deterministic per seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

FIRST = ["Ana", "Tomas", "Grace", "Victor", "Leila", "Martin", "Sofia", "Daniel", "Helen", "Omar", "Priya", "Jonas"]
LAST = ["Ruiz", "Keller", "Osei", "Lindqvist", "Moreau", "Haddad", "Novak", "Brennan", "Tanaka", "Adeyemi"]
ROLES = ["Mayor", "Senator", "Councillor", "Minister", "Governor", "Professor"]
ORGS = ["the Harbour Trust", "the transport ministry", "the Riverside Tenants Union", "the Chamber of Commerce",
        "the regional health board", "the Green Valley Coalition"]
TARGETS = ["the bridge plan", "the fuel tax", "the school merger", "the rent cap", "the harbour expansion"]
TRENDING = "the fuel tax"
CONTENT = {
    "favor": ["{t} will bring jobs back to this city", "{t} is the best chance we have had in a decade",
              "we fully support {t}", "{t} is fair, affordable and long overdue",
              "families will be better off under {t}"],
    "against": ["{t} is a reckless waste of public money", "we will fight {t} in every court",
                "{t} would hurt the people who can least afford it", "nobody asked the neighbourhoods about {t}",
                "{t} is dangerous and badly planned"],
    "none": ["the council will publish the figures on {d}", "the committee meets again on {d}",
             "about {n} residents attended the hearing", "the vote was postponed until {d}"],
}
NARRATIVE = ["The debate over {t} has divided the council for months.",
             "Officials released a {n}-page report on Tuesday.",
             "Protesters gathered outside the town hall on a cold morning.",
             "The proposal still needs approval from the regional assembly.",
             "Construction costs have risen by {n} percent since the spring.",
             "Local businesses are split on the issue."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "June 14", "the end of the month"]


def _cast(rng: random.Random, size: int = 12) -> list[tuple[str, str, dict[str, str]]]:
    """Recurring people: (full name with role, pronoun, position per target)."""
    people = []
    names = rng.sample([(f, last) for f in FIRST for last in LAST], size)
    for first, last in names:
        pron = "she" if FIRST.index(first) % 2 == 0 else "he"
        positions = {t: rng.choice(("favor", "against", "none")) for t in TARGETS}
        people.append((f"{rng.choice(ROLES)} {first} {last}", pron, positions))
    return people


def _content(rng: random.Random, target: str, position: str, month: int) -> str:
    if target == TRENDING and position == "none":
        position = "favor" if rng.random() < month / 12 else "against"
    if rng.random() < 0.2:
        position = "none"
    return rng.choice(CONTENT[position]).format(t=target, d=rng.choice(DAYS), n=rng.randint(3, 900))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _statement(rng: random.Random, target: str, person, introduced: set[str], month: int) -> str:
    """One sentence reporting a statement; a person is named in full before being called by surname."""
    full, pron, positions = person
    name = rng.choice((full, full.split()[-1])) if full in introduced else full
    introduced.add(full)
    a, b = (_content(rng, target, positions[target], month) for _ in range(2))
    org = rng.choice(ORGS)
    forms = [
        f"“{_cap(a)},” {name} said.",
        f"{name} said that {a}.",
        f"“{_cap(a)},” {name} said, “and {b}.”",
        f"{_cap(org)} warned that {_content(rng, target, 'against', month)}, according to a statement.",
        f"According to {name}, {a}.",
        f"{_cap(a)}, said {name}.",
        f"{name} told reporters on {rng.choice(DAYS)}: “{_cap(a)}.” Later {pron} added that {b}.",
        f"“{_cap(a)},” said {name}, who chairs the planning committee.",
    ]
    if positions[target] == "against":
        forms.append(f"{name} described {target} as “a disaster waiting to happen.”")
    return rng.choice(forms)


def generate_articles(n: int, seed: int = 0, paragraphs: tuple[int, int] = (3, 8)) -> Iterator[dict]:
    """``n`` articles ``{"id", "date", "targets", "text"}`` dated in 2025; ids are ``"a0"``, ``"a1"``, ..."""
    rng = random.Random(seed)
    people = _cast(rng)
    for i in range(n):
        target = rng.choice(TARGETS)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        cast, introduced = rng.sample(people, 3), set()
        paras = []
        for _ in range(rng.randint(*paragraphs)):
            sents = [rng.choice(NARRATIVE).format(t=target, n=rng.randint(3, 90)) for _ in range(rng.randint(0, 2))]
            sents.insert(rng.randint(0, len(sents)), _statement(rng, target, rng.choice(cast), introduced, month))
            paras.append(" ".join(sents))
        yield {"id": f"a{i}", "date": f"2025-{month:02d}-{day:02d}", "targets": [target], "text": "\n\n".join(paras)}
