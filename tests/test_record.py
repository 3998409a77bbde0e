"""Record.sentences: kept by to_dict/from_dict, derived (one a line) for records without them,
and the lookups every consumer uses (sentence_index, sentence_of)."""

from __future__ import annotations

from sayso.types import Record, line_ranges

TEXT = "First one. Second one.\n\n  A line of its own  \nLast"


def test_sentences_round_trip_and_come_last() -> None:
    record = Record("r", TEXT, sentences=((0, 10), (11, 22), (26, 43), (46, 50)))
    d = record.to_dict()
    assert d["sentences"] == [[0, 10], [11, 22], [26, 43], [46, 50]]
    assert list(d)[-1] == "sentences"
    assert Record.from_dict(d) == record


def test_a_record_without_sentences_reads_one_a_line() -> None:
    d = Record("r", TEXT, sentences=((0, 10),)).to_dict()
    del d["sentences"]  # a record written before sentences were kept
    old = Record.from_dict(d)
    assert [TEXT[s:e] for s, e in old.sentences] == [
        "First one. Second one.",
        "A line of its own",
        "Last",
    ]
    assert Record("h", TEXT).sentences == old.sentences == line_ranges(TEXT)
    assert Record("e", " \n ").sentences == ()


def test_line_ranges_cut_given_ranges_at_line_breaks() -> None:
    assert line_ranges(TEXT, [(0, 10), (11, 30)]) == ((0, 10), (11, 22), (26, 30))


def test_sentence_index_and_sentence_of() -> None:
    record = Record("r", TEXT, sentences=((0, 10), (11, 22), (26, 43), (46, 50)))
    assert [record.sentence_index(i) for i in (0, 9, 10, 11, 25, 26, 49)] == [0, 0, 0, 1, 1, 2, 3]
    second = TEXT.index("Second")
    assert record.sentence_of(second, second + 6) == (11, 22)
    # a span over two sentences gets both; one in the gap between them only itself
    assert record.sentence_of(5, second + 6) == (0, 22)
    assert record.sentence_of(23, 25) == (23, 25)
    assert Record("e", "").sentence_of(0, 0) == (0, 0)
