"""Divergences the text states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import names

pytestmark = pytest.mark.model


def test_omission_stated_in_the_text(run: Callable[..., Record]) -> None:
    rec = run(
        "Foreign Minister Tomas Novak phoned his Hungarian counterpart on Monday.\n\n"
        "\u201cWe will support sanctions against the regime,\u201d Novak said, according to a "
        "transcript posted online by the Czech Foreign Ministry.\n\n"
        "The Hungarian Foreign Ministry's readout of the call does not mention sanctions "
        "against the regime."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert "Hungarian Foreign Ministry" in names(rec, om[0].other)
    assert "Czech Foreign Ministry" in names(rec, om[0].asserted_by)
    assert "does not mention" in om[0].evidence[0].text


def test_qualification(run: Callable[..., Record]) -> None:
    rec = run(
        "Energy Minister Karl Weber said that prices would double.\n\n"
        "Government spokesperson Anna Roth downplayed Weber's comments on Friday."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].other)[0] == "Anna Roth"
    assert names(rec, q[0].asserted_by) == ["Karl Weber"]


def test_no_divergence_in_plain_reporting(run: Callable[..., Record]) -> None:
    rec = run("The council met on Monday and approved the budget, the mayor said.")
    assert rec.divergences == ()


def test_dismissing_a_report_named_again_later(run: Callable[..., Record]) -> None:
    rec = run(
        "Interior Minister Lena Voss on Monday dismissed a Danish newspaper report that police "
        "had lost track of the seized weapons.\n\n"
        "The report, published on Saturday by Nordlys Tidende, cited two unnamed officers."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Nordlys Tidende"]
    assert "Lena Voss" in names(rec, c[0].other)
    # a nationality before the report is no author
    assert "Denmark" not in names(rec, c[0].asserted_by)


def test_denying_an_act_another_party_reported(run: Callable[..., Record]) -> None:
    rec = run(
        "The Georgian Interior Ministry said Russian troops had moved border markers deeper "
        "into Georgian farmland on Sunday.\n\n"
        "The Russian Defense Ministry denied moving any markers."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Georgian Interior Ministry"]
    assert "Russian Defense Ministry" in names(rec, c[0].other)


def test_denying_what_nobody_said_of_the_denier(run: Callable[..., Record]) -> None:
    rec = run(
        "The Latvian army said on Monday that it had tracked a balloon drifting in from the "
        "east before it came down in a lake.\n\n"
        "Belarus denied that the balloon had come from its territory."
    )
    assert rec.divergences == ()


def test_a_denial_after_an_accusation(run: Callable[..., Record]) -> None:
    rec = run(
        "Prime Minister Ivo Radic accused Serbia of hiding the cargo manifests from "
        "inspectors.\n\n"
        "Serbia's Foreign Ministry denied hiding any manifests."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert [names(rec, d.asserted_by) for d in c] == [["Ivo Radic"]]


def test_no_divergence_when_the_cue_is_negated_or_not_done(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The Portuguese statistics office said on Tuesday that unemployment had fallen to a "
        "ten-year low.\n\n"
        "Finance Minister Rui Costa did not dispute the office's report. Labour Minister Ana "
        "Pires declined to dispute the office's report."
    )
    assert rec.divergences == ()


@pytest.mark.parametrize(
    ("cue", "found"),
    [
        ("disputed the agency's report", 1),  # the control: the same words, done
        ("did not dispute the agency's report", 0),
        ("declined to dispute the agency's report", 0),
        ("could dispute the agency's report", 0),
    ],
)
def test_a_dispute_not_done_states_nothing_that_done_does(
    run: Callable[..., Record], cue: str, found: int
) -> None:
    rec = run(
        "The National Statistics Agency said on Tuesday that unemployment had fallen to a "
        f"ten-year low.\n\nFinance Minister Rui Costa {cue}."
    )
    assert len([d for d in rec.divergences if d.kind == "contradiction"]) == found


def test_an_omission_of_one_word_told_in_a_statement(run: Callable[..., Record]) -> None:
    rec = run(
        "According to a statement from the Norwegian Foreign Ministry, the two ministers "
        "discussed fishing quotas and overfishing in the Barents Sea.\n\n"
        "The Russian Foreign Ministry's readout made no mention of overfishing."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert names(rec, om[0].asserted_by) == ["Norwegian Foreign Ministry"]
    assert names(rec, om[0].other) == ["Russian Foreign Ministry"]
    assert om[0].about == "overfishing"


def test_a_group_of_officials_speaks_for_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Serbia and Croatia met in Vienna on Monday. The Croatian Foreign Ministry said the two "
        "sides would review every border crossing.\n\n"
        "Serbian officials disputed that account."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Croatian Foreign Ministry"]
    assert "Serbia" in names(rec, c[0].other)


def test_no_commitment_after_a_claimed_promise(run: Callable[..., Record]) -> None:
    rec = run(
        "Chilean Energy Minister Pablo Rojas told reporters on Monday that Mr. Lindqvist had "
        "assured him Sweden would fund the new grid.\n\n"
        "A Swedish government spokeswoman, Karin Ek, said on Tuesday that Mr. Lindqvist had made "
        "no commitment about the grid."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Pablo Rojas"]
    assert "Karin Ek" in names(rec, c[0].other)


def test_no_commitment_with_no_claim_of_one(run: Callable[..., Record]) -> None:
    rec = run(
        "A Swedish government spokeswoman, Karin Ek, said on Tuesday that Mr. Lindqvist had made "
        "no commitment about the grid."
    )
    assert rec.divergences == ()


def test_contradicting_a_party_that_spoke(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Tomas Ruiz said on Friday that the bridge over the river had collapsed.\n\n"
        "Defense Minister Ana Lopez contradicted Ruiz on Saturday, saying the bridge was intact."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Tomas Ruiz"]


def test_saying_nothing_about_what_another_said(run: Callable[..., Record]) -> None:
    rec = run(
        "Mexican Foreign Minister Lucia Ortega said the two leaders had discussed water "
        "rights on the Rio Grande.\n\n"
        "The White House said nothing about water rights."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert names(rec, om[0].asserted_by) == ["Lucia Ortega"]
    assert names(rec, om[0].other) == ["White House"]


def test_distancing_from_another_s_remarks(run: Callable[..., Record]) -> None:
    rec = run(
        "Deputy Minister Pavel Novak said the currency would be devalued within weeks.\n\n"
        "Prime Minister Eva Horak distanced herself from Novak's remarks on Friday."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].asserted_by) == ["Pavel Novak"]
    assert names(rec, q[0].other)[0] == "Eva Horak"


def test_a_denial_in_the_lead_answers_the_claim_told_later(run: Callable[..., Record]) -> None:
    rec = run(
        "Border markers moved, Tbilisi says\n\n"
        "The Russian Defense Ministry on Monday denied moving any border markers.\n\n"
        "The Georgian Interior Ministry said on Sunday that Russian troops had moved the markers "
        "deeper into Georgian farmland."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Georgian Interior Ministry"]


def test_not_confirming_what_another_party_said(run: Callable[..., Record]) -> None:
    rec = run(
        "Peruvian Foreign Minister Diego Salas said he had invited his Chilean counterpart to "
        "Lima in May.\n\n"
        "Chile's Foreign Ministry has not confirmed the invitation."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].asserted_by) == ["Diego Salas"]


def test_casting_doubt_on_a_report(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Alan Price cast doubt on the Treasury's report on Tuesday, calling its growth "
        "forecast hopeful."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].asserted_by) == ["Treasury"]
    assert names(rec, q[0].other) == ["Alan Price"]


def test_a_nationality_on_the_readout_names_its_government(run: Callable[..., Record]) -> None:
    rec = run(
        "Tokyo presses Beijing on detained citizens\n\n"
        "Japanese Prime Minister Kenji Mori spoke with Chinese Premier Li Wen by phone on "
        "Monday. \u201cWe raised the detention of our citizens in the clearest terms,\u201d Mori "
        "told reporters afterwards.\n\n"
        "The Chinese readout of the call did not mention the detention of Japanese citizens."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert names(rec, om[0].asserted_by) == ["Kenji Mori"]
    assert names(rec, om[0].other) == ["Beijing"]


def test_never_agreed_after_a_claimed_agreement(run: Callable[..., Record]) -> None:
    rec = run(
        "Iran and the agency trade claims\n\n"
        "The IAEA chief, Rafael Grossi, said on Monday that Iran had agreed to hand over its "
        "enriched uranium stockpile.\n\n"
        "Iranian Foreign Minister Abbas Araghchi said Tehran had never agreed to hand over the "
        "stockpile."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Rafael Grossi"]
    assert names(rec, c[0].other)[0] == "Abbas Araghchi"
    assert c[0].about == "Tehran had never agreed to hand over the stockpile"


def test_rejecting_the_accusation_answers_the_accuser(run: Callable[..., Record]) -> None:
    rec = run(
        "Manila accuses Beijing over collision\n\n"
        "The Philippine Coast Guard accused Chinese vessels of ramming a supply boat on "
        "Sunday. A maritime analyst, Jose Cruz, said the shoal had grown crowded.\n\n"
        "A Foreign Ministry spokesman in Beijing, Lin Tao, rejected the accusation."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Philippine Coast Guard"]
    assert names(rec, c[0].other)[0] == "Lin Tao"


def test_leaving_out_what_another_party_said(run: Callable[..., Record]) -> None:
    rec = run(
        "Seoul and Tokyo differ on talks\n\n"
        "South Korean Foreign Minister Park Jin said he had pressed his Japanese counterpart on "
        "compensation for wartime forced labour.\n\n"
        "Japan's Foreign Ministry statement left out any reference to compensation for forced "
        "labour."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert names(rec, om[0].asserted_by) == ["Park Jin"]
    assert om[0].about == "any reference to compensation for forced labour"


def test_the_next_sentence_s_speaker_voices_a_group(run: Callable[..., Record]) -> None:
    rec = run(
        "Reports of strike disputed\n\n"
        "The Israeli newspaper Haaretz reported on Sunday that an Iranian radar site had been "
        "destroyed.\n\n"
        "Iranian officials denied the report. A government spokeswoman, Fatemeh Mohajerani, said "
        "the site was working normally."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Haaretz"]
    assert names(rec, c[0].other) == ["Iranian officials", "Fatemeh Mohajerani"]


def test_no_mention_in_a_readout(run: Callable[..., Record]) -> None:
    rec = run(
        "Beijing and Tokyo end talks in dispute\n\n"
        "Japanese Prime Minister Kenji Mori said he had raised export sanctions with Chinese "
        "Premier Li Wen.\n\n"
        "There was no mention of export sanctions in the Chinese readout."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert names(rec, om[0].asserted_by) == ["Kenji Mori"]
    assert names(rec, om[0].other) == ["Beijing"]
    assert om[0].about == "export sanctions"


def test_pushing_back_on_an_account(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor defends budget\n\n"
        "Governor Maria Lopez said the state budget was balanced for the first time in a "
        "decade.\n\n"
        "Senator Paul Grant pushed back on the governor's account, saying the budget hid a "
        "deficit."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Maria Lopez"]
    assert names(rec, c[0].other) == ["Paul Grant"]


def test_lawyers_deny_for_their_client(run: Callable[..., Record]) -> None:
    rec = run(
        "Minister acquitted\n\n"
        "Prosecutor General Ana Silva said former minister Paulo Rezende had taken bribes from "
        "a construction firm.\n\n"
        "Lawyers for Rezende denied that he had taken any bribes."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Ana Silva"]
    assert names(rec, c[0].other) == ["Paulo Rezende"]


def test_an_unnamed_accuser_is_no_party(run: Callable[..., Record]) -> None:
    rec = run(
        "Minister acquitted\n\n"
        "Prosecutors said former minister Paulo Rezende had taken bribes from a construction "
        "firm.\n\n"
        "Lawyers for Rezende denied that he had taken any bribes."
    )
    assert rec.divergences == ()


def test_rejecting_a_lawsuit_or_a_bill_is_a_decision(run: Callable[..., Record]) -> None:
    rec = run(
        "Court and Senate rule\n\n"
        "Governor Rosa Lind said her bill would cut property taxes. The Campbell Group said in "
        "its lawsuit that the tax was unlawful.\n\n"
        "The Senate rejected Lind's bill. A federal court dismissed the Campbell Group's "
        "lawsuit."
    )
    assert rec.divergences == ()


def test_the_body_a_spokesman_speaks_for_and_no_dateline(run: Callable[..., Record]) -> None:
    rec = run(
        "Tallinn rejects report\n\n"
        "TALLINN - Cabinet spokesman Mart Sepp on Monday dismissed a Reuters report that the "
        "port would be sold.\n\n"
        "Reuters said the Cabinet had discussed a sale. The Cabinet meets on Thursdays."
    )
    c = [d for d in rec.divergences if d.kind == "contradiction"]
    assert len(c) == 1
    assert names(rec, c[0].asserted_by) == ["Reuters"]
    assert names(rec, c[0].other) == ["Mart Sepp", "Estonian Cabinet"]
    assert c[0].evidence[0].text.startswith("Cabinet spokesman Mart Sepp")


def test_two_readouts_of_one_call(run: Callable[..., Record]) -> None:
    rec = run(
        "Two readouts after leaders' call\n\n"
        "NEW DELHI - Indian Prime Minister Arjun Mehta and Pakistani Prime Minister Imran Qadir "
        "spoke by phone on Tuesday, their first call in two years.\n\n"
        "According to a readout from Mehta's office, the two leaders discussed cross-border "
        "terrorism and agreed to restore the ceasefire along the Line of Control.\n\n"
        "Pakistan's Foreign Office said the leaders discussed Kashmir and water sharing. Its "
        "statement did not refer to terrorism.\n\n"
        "Indian officials rejected the Pakistani account. \u201cKashmir was not discussed,\u201d "
        "foreign secretary Vikram Rao told reporters.\n\n"
        "Mr. Qadir later said India had promised to reopen the Wagah crossing. An Indian "
        "government spokesman, Sunil Bhatt, said New Delhi had made no promise about the "
        "crossing."
    )
    got = [(d.kind, names(rec, d.asserted_by)[0], names(rec, d.other)[0]) for d in rec.divergences]
    assert got == [
        ("omission", "Arjun Mehta", "Foreign Office"),
        ("contradiction", "Pakistan", "Indian officials"),
        ("contradiction", "Imran Qadir", "Sunil Bhatt"),
    ]
    # "its statement": the body that spoke last; the officials' country and spokesman dispute
    assert {"India", "Vikram Rao"} <= set(names(rec, rec.divergences[1].other))


def test_playing_down_the_significance_of_remarks(run: Callable[..., Record]) -> None:
    rec = run(
        "Minister warns of cuts\n\n"
        "Finance Minister Omar Haddad said on Monday that pensions would be cut by a fifth.\n\n"
        "Prime Minister Leila Nasser played down the significance of Haddad's remarks on "
        "Tuesday."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].asserted_by) == ["Omar Haddad"]
    assert names(rec, q[0].other) == ["Leila Nasser"]
