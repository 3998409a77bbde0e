"""An omission's evidence opens on the claim judged central (``omissions.omissions``), in
whichever report carries it, then the sentences of the other reports that carry it;
``asserted_by`` keeps version order. Invented reports (``test_matching``)."""

from __future__ import annotations

from sayso.compare import matching
from sayso.compare.omissions import omissions
from sayso.compare.scores import score_story

from .test_matching import _story


def test_the_evidence_opens_on_the_claim_judged() -> None:
    recs = _story()
    story = score_story(recs)
    judged = {(u.doc, u.start) for i in range(3) for _, u, _, _ in omissions(story, i)}
    found = [f for f in matching.find(recs, [0, 1, 2]) if f.kind == "omission"]
    assert found
    for f in found:
        doc, span = f.evidence[0]
        assert (doc, span.start) in judged
        assert list(f.asserted_by) == sorted(f.asserted_by)
        assert {d for d, _ in f.evidence} <= set(f.asserted_by)


def test_a_claim_judged_in_a_later_report_comes_first() -> None:
    recs = _story()
    found = [f for f in matching.find(recs, [0, 1, 2]) if f.kind == "omission"]
    owner = next(f for f in found if "Lund" in f.evidence[0][1].text)
    assert owner.asserted_by == (0, 2)
    assert owner.evidence[0][0] == 2  # the owner's promise as the third report words it
