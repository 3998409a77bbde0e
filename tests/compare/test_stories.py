from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from sayso.compare import StoryIndex, StoryOptions, group, incremental
from sayso.compare.features import DocFeatures, doc_features, numbers
from sayso.compare.stories import agglomerate, copies, minhash, similarity_matrix

from .records import record

FLOOD = (
    "Floods in Riverton killed 12 people on Tuesday after the Blue River burst its banks. "
    "Mayor Ana Ortiz said rescue teams had reached the flooded Eastside district. "
    "About 3,000 residents were moved to shelters in schools."
)
FLOOD_2 = (
    "The Blue River flooded Riverton on Tuesday, killing 12 people, officials said. "
    "Mayor Ana Ortiz told reporters that 3,000 residents had been taken to school shelters "
    "and that rescue teams were working in Eastside."
)
FIRE = (
    "A warehouse fire in Port Talbot destroyed a furniture depot on Sunday. Fire chief "
    "Glen Morris said 40 firefighters fought the blaze for six hours and nobody was hurt."
)
FIRE_2 = (
    "Forty firefighters battled a fire at a Port Talbot furniture warehouse for six hours on "
    "Sunday, fire chief Glen Morris said. No one was injured in the blaze."
)


def _records() -> list:
    return [
        record("f1", FLOOD, places=("Riverton", "Eastside"), people=("Ana Ortiz",)),
        record("w1", FIRE, places=("Port Talbot",), people=("Glen Morris",)),
        record("f2", FLOOD_2, places=("Riverton", "Eastside"), people=("Ana Ortiz",)),
        record("w2", FIRE_2, places=("Port Talbot",), people=("Glen Morris",)),
    ]


def test_batch_groups_reports_of_one_event() -> None:
    labels = group(_records()).labels
    assert labels[0] == labels[2]
    assert labels[1] == labels[3]
    assert labels[0] != labels[1]


def test_incremental_matches_batch_here() -> None:
    recs = _records()
    assert incremental(recs).labels == group(recs).labels


def test_story_ids_are_stable_hashes_of_the_first_document() -> None:
    a = group(_records()).labels
    b = group(_records()).labels
    assert a == b
    assert all(s.startswith("s") for s in a)


def test_index_seeded_with_known_stories_assigns_a_new_document() -> None:
    recs = _records()
    index = StoryIndex()
    index.load(recs[0], "flood")
    index.load(recs[1], "fire")
    story, copy_of = index.add(recs[2])
    assert story == "flood" and copy_of is None
    story, _ = index.add(recs[3])
    assert story == "fire"


def test_unrelated_document_starts_a_story() -> None:
    recs = _records()
    index = StoryIndex()
    for r in recs:
        index.add(r)
    other = record("x", "The central bank kept its interest rate at 4.5 percent on Thursday.")
    story, _ = index.add(other)
    assert story not in index.labels[:-1]


def test_near_duplicates_are_copies() -> None:
    wire = FLOOD + " Forecasters expect it to fall."
    assert copies([FLOOD, wire, FIRE]) == [(0, 1)]
    result = group([record("a", FLOOD), record("b", wire), record("c", FIRE)])
    assert result.copies == ((0, 1),)
    assert result.labels[0] == result.labels[1]


def test_features_numbers_and_dates() -> None:
    assert numbers("4 people, four cars and 1,000 homes") == ["4", "1000", "4"]
    # dates are the times stage's values (record.times), not parsed again from the text:
    # a date the record has no time for counts only as a year number
    text = "Updated: November 12, 2011. The river rose on Saturday."
    undated = doc_features(record("d0", text))
    assert undated.dates == {"2011": 1}
    dated = doc_features(record("d1", text, dates=(("Saturday", "2011-11-10"),)))
    assert dated.dates == {"2011": 1, "2011-11": 1, "2011-11-10": 1}
    f = doc_features(record("f1", FLOOD, places=("Riverton",), people=("Ana Ortiz",)))
    assert f.names["riverto"] > 0 and f.names["ortiz"] > 0
    assert "12" in f.numbers and "3000" in f.numbers


def test_empty_input() -> None:
    assert group([]).labels == ()


_WHEN = ("on Tuesday", "early Tuesday", "on Tuesday morning", "before dawn on Tuesday", "Tuesday")
_TAIL = (
    "He was released after posting bail.",
    "The team said it was aware of the arrest.",
    "Officers stopped his car on a freeway.",
    "He failed a field sobriety test, officers said.",
    "The team declined to comment on the arrest.",
)


_OFFICERS = {
    "2009-01-20": ("Officer Lena Brandt", "5,000"),
    "2009-02-03": ("Sgt Omar Haddad", "10,000"),
}


def _arrests(name: str, place: str, prefix: str, day: str = "2009-01-20") -> list:
    officer, bail = _OFFICERS[day]
    out = []
    for k, (when, tail) in enumerate(zip(_WHEN, _TAIL, strict=True)):
        text = (
            f"San Diego Chargers player {name} was arrested {when} on suspicion of drunk "
            f"driving in {place}, the California Highway Patrol said. {tail} {name} is due in "
            f"court in San Diego next month. {officer} said bail was set at ${bail}."
            if day == "2009-01-20"
            else f"{name} of the San Diego Chargers was booked {when} for driving under the "
            f"influence near {place}, the California Highway Patrol said. {tail} "
            f"{officer} told reporters that bail stood at ${bail}. {name} faces a hearing."
        )
        places = (place, "San Diego", "California")
        dates = (("Tuesday", day),)
        people = (name, officer.split(" ", 1)[1])
        out.append(record(f"{prefix}{k}", text, places=places, people=people, dates=dates))
    return out


def test_two_incidents_of_one_kind_are_two_stories() -> None:
    # two DUI arrests of players of one team, two weeks apart: the same words, a different
    # player, place and day; no rule for the case: names and dates tell them apart
    a = _arrests("Vincent Jackson", "Mission Valley", "j")
    b = _arrests("Jamal Williams", "Kearny Mesa", "w", "2009-02-03")
    recs = [x for pair in zip(a, b, strict=True) for x in pair]
    labels = group(recs).labels
    assert len({labels[i] for i in range(0, 10, 2)}) == 1
    assert len({labels[i] for i in range(1, 10, 2)}) == 1
    assert labels[0] != labels[1]
    assert incremental(recs).labels == labels


def test_reports_that_add_a_name_stay_one_story() -> None:
    # later reports name the man the early ones leave unnamed: the same incident
    early = [
        record(
            f"e{k}",
            f"A man was arrested {w} on suspicion of drunk driving in Mission Valley, "
            "San Diego, the California Highway Patrol said.",
            places=("Mission Valley", "San Diego"),
            dates=(("Tuesday", "2009-01-20"),),
        )
        for k, w in enumerate(_WHEN[:2])
    ]
    later = _arrests("Vincent Jackson", "Mission Valley", "l")[:3]
    labels = group([*early, *later]).labels
    assert len(set(labels)) == 1


def test_names_weigh_more_than_words() -> None:
    options = StoryOptions()
    weights = dict(options.weights)
    assert weights["n"] > weights["w"]


def _words(published: str | None, **counts: int) -> DocFeatures:
    return DocFeatures(Counter(counts), Counter(), Counter(), Counter(), published)


def test_similarity_is_the_weighted_tfidf_cosine_of_the_blocks() -> None:
    # three documents, words only: tf-idf is (1 + ln tf) * (ln((1 + n) / (1 + df)) + 1)
    feats = [
        _words("2024-05-01", flood=2, river=1),
        _words("2024-05-01", flood=1, mayor=1),
        _words("2024-05-01", fire=1),
    ]
    idf = {t: math.log(4 / (1 + df)) + 1 for t, df in {"flood": 2, "river": 1, "mayor": 1}.items()}
    a = {"flood": (1 + math.log(2)) * idf["flood"], "river": idf["river"]}
    b = {"flood": idf["flood"], "mayor": idf["mayor"]}
    cos = a["flood"] * b["flood"] / math.hypot(*a.values()) / math.hypot(*b.values())
    options = StoryOptions()
    sim = similarity_matrix(feats, options)
    weight = dict(options.weights)["w"] / sum(dict(options.weights).values())
    assert sim[0, 1] == pytest.approx(weight * cos)
    assert sim[0, 2] == 0.0
    assert sim[0, 0] == pytest.approx(weight)


def test_dates_far_apart_lower_the_similarity() -> None:
    options = StoryOptions()
    near = similarity_matrix(
        [_words("2024-05-01", flood=1), _words("2024-05-09", flood=1)], options
    )
    far = similarity_matrix([_words("2024-05-01", flood=1), _words("2024-06-01", flood=1)], options)
    unknown = similarity_matrix([_words(None, flood=1), _words("2024-06-01", flood=1)], options)
    assert far[0, 1] == pytest.approx(near[0, 1] * options.date_penalty)
    assert unknown[0, 1] == pytest.approx(near[0, 1])


def test_linkage_merges_down_to_the_threshold() -> None:
    m = np.array(
        [[1.0, 0.9, 0.2, 0.0], [0.9, 1.0, 0.3, 0.0], [0.2, 0.3, 1.0, 0.1], [0.0, 0.0, 0.1, 1.0]]
    )
    labels = agglomerate(m, 0.25)  # {0, 1} and 2: mean of 0.2 and 0.3 is 0.25, merged; 3 alone
    assert labels[0] == labels[1] == labels[2] != labels[3]
    labels = agglomerate(m, 0.26)
    assert labels[0] == labels[1] != labels[2]
    assert agglomerate(m[:1, :1], 0.25) == [0]


def test_linkage_weighs_branches_not_documents() -> None:
    # a tight group {0, 1, 2} and a pair {3, 4} that 5 is close to; 5 shares nothing with
    # {0, 1, 2}
    m = np.full((6, 6), 0.0)
    for group_ in ((0, 1, 2), (3, 4)):
        for i in group_:
            for j in group_:
                m[i, j] = 0.9
    m[np.ix_((0, 1, 2), (3, 4))] = m[np.ix_((3, 4), (0, 1, 2))] = 0.5
    m[5, (3, 4)] = m[(3, 4), 5] = 0.6
    np.fill_diagonal(m, 1.0)
    # {3, 4} + 5 first (0.6), then {0, 1, 2} meets {3, 4, 5}: the mean of the branches
    # {3, 4} (0.5) and 5 (0.0) is 0.25, where the mean over documents would be 1/3
    labels = agglomerate(m, 0.3)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert labels[3] == labels[4] == labels[5]
    labels = agglomerate(m, 0.25)
    assert len(set(labels)) == 1


def test_one_document_is_one_story() -> None:
    rec = record("f1", FLOOD)
    assert len(group([rec]).labels) == 1
    assert incremental([rec]).labels == group([rec]).labels


def test_copies_near_the_threshold_are_not_missed() -> None:
    # variants of one text, one word in every k changed: MinHashLSH only proposes pairs, so
    # each pair whose estimated Jaccard reaches the threshold must come out, near it too
    words = [f"w{k}" for k in range(300)]
    texts = [
        " ".join(w if n % k else "x" for n, w in enumerate(words, 1))
        for k in (300, 90, 60, 45, 36, 30, 25, 20, 15)
    ]
    options = StoryOptions()
    sigs = [minhash(t, options) for t in texts]
    estimates = {
        (i, j): sigs[i].jaccard(sigs[j])
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
    }
    expected = sorted(p for p, e in estimates.items() if e >= options.copy_threshold)
    assert any(options.copy_threshold <= e < 0.85 for e in estimates.values())
    assert any(e < options.copy_threshold for e in estimates.values())
    assert copies(texts, options) == expected
