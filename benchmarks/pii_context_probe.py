"""Probe: does the learned span model drop real people because of the words around them?

Twenty caption frames written by the lead in round nine ("We met {} near the hotel"), each filled
with 100 Faker names of ten Latin-script locales (seed 7), so list coverage is not what is
measured: the rules alone find nearly all of them, and every miss beyond theirs is a person the
span model turned into "a thing named after a person". ``FRAMES_A`` showed round eight's
regression and were used to choose round nine's training setting (no name-filled negatives,
threshold −2); ``FRAMES_B`` were written after that choice and measured once.

    python benchmarks/pii_context_probe.py
"""

from __future__ import annotations

from faker import Faker

from trustbench.sanitize import _pii_learned
from trustbench.sanitize._pii_names import find_names

FRAMES_A = ["We met {} near the hotel", "{} near the old harbour at dusk",
            "Dinner with friends, {} behind the counter", "Portrait of {} outside the bakery",
            "{} Grand Prix winner on the podium", "Our neighbour {} under the cherry tree",
            "Grandpa and {} along the river path", "Photo: {} beside her new car",
            "{} during the school play", "{} after the marathon"]  # fmt: skip
FRAMES_B = ["{} outside the town hall after the vote",
            "Meeting {} across the street from the station", "{} beside the lighthouse",
            "Coffee with {} inside the old mill", "{} Cup final trophy lift",
            "My aunt {} in front of the cathedral", "{} by the harbour wall", "{} near Lake Como",
            "Selfie with {} at the summit", "{} around the campfire"]  # fmt: skip
LOCALES = ["en_US", "de_DE", "es_ES", "fr_FR", "it_IT", "pl_PL", "nl_NL", "tr_TR", "pt_BR", "sv_SE"]


def names() -> list[str]:
    out = []
    for loc in LOCALES:
        fake = Faker(loc)
        fake.seed_instance(7)
        out += [f"{fake.first_name()} {fake.last_name()}" for _ in range(10)]
    return out


def missed(frames: list[str], people: list[str]) -> dict[str, int]:
    out = {}
    for frame in frames:
        n = 0
        for name in people:
            text = frame.format(name)
            s = text.index(name)
            e = s + len(name)
            n += not any(h.start < e and s < h.end for h in find_names(text))
        out[frame] = n
    return out


def main() -> None:
    people = names()
    for label, frames in (("A (used to choose)", FRAMES_A), ("B (written after)", FRAMES_B)):
        model = missed(frames, people)
        _pii_learned.span_override.append(None)  # the rules alone
        try:
            rules = missed(frames, people)
        finally:
            _pii_learned.span_override.pop()
        print(f"frames {label}: missed of {len(frames) * len(people)}: "
              f"rules + span model {sum(model.values())}, rules alone {sum(rules.values())}")
        for frame in frames:
            print(f"  {model[frame]:4d} {rules[frame]:4d}  {frame}")


if __name__ == "__main__":
    main()
