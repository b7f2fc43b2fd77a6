"""Number forms in context: how the number written next to a force noun becomes the figure of a claim.

A count is only useful when it is the value the story gives, so these tests pin the forms a wire story uses around
the number (words, ranges, "one", "-strong", modifiers between the number and its noun, coordinated counts) on
sentences written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor


def test_two_figures_two_claims(ex: Extractor) -> None:
    claims = run(ex, "Israel said 12 Hezbollah fighters were killed and 30 wounded in the clash.")
    assert {("hezbollah", "casualties", 12), ("hezbollah", "casualties", 30)} <= figs(claims)


def test_number_word_between_article_and_place(ex: Extractor) -> None:
    claims = run(ex, "NATO will place battlegroups in the three Baltic states.")
    assert any(c.actor.code == "nato" and c.location and c.location.name == "Baltic states" for c in claims)


def test_force_name_between_number_and_noun_is_a_modifier(ex: Extractor) -> None:
    claims = run(ex, "Roughly 400 Maritime Self-Defense Force sailors were in Djibouti on Tuesday.")
    assert figs(claims) == {("JP", "troops", 400)}
    assert locs(claims) == {("JP", "DJ")}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Japan also keeps a medical team of 40 in Goma and a signals detachment of about 25 in Kinshasa.",
            {("JP", "troops", 40), ("JP", "troops", 25)},
        ),
        ("Spain plans to add a mechanised company of roughly 120 this spring.", {("ES", "troops", 120)}),
    ],
)
def test_a_unit_of_n_counts_its_members(ex: Extractor, body: str, want: set[tuple[str, str, int]]) -> None:
    assert figs(run(ex, body)) == want


@pytest.mark.parametrize(
    ("sentence", "owner", "value"),
    [
        ("Kenya's 24,000-strong army is stretched thin along the border.", "KE", 24000),
        ("Chad relies on a 5,000-strong militia in the east.", "TD", 5000),
        ("Estonia's 1.2 million-strong navy is a figment.", "EE", 1200000),
    ],
)
def test_a_size_before_a_whole_force_counts_its_troops(ex: Extractor, sentence: str, owner: str, value: int) -> None:
    assert figs(run(ex, sentence)) == {(owner, "troops", value)}


def test_coordinated_counts_share_the_noun_after_the_second(ex: Extractor) -> None:
    # "three Canadian and five Latvian soldiers": two counts, each with its own demonym, one noun
    claims = run(ex, "A mine blast near Adazi wounded three Canadian and five Latvian soldiers.")
    assert figs(claims) == {("CA", "casualties", 3), ("LV", "casualties", 5)}
    claims = run(ex, "Seven Polish and 12 Czech soldiers were among the injured.")
    assert figs(claims) == {("PL", "casualties", 7), ("CZ", "casualties", 12)}
    claims = run(ex, "The brigade includes 300 Norwegian and 200 Danish soldiers.")
    assert figs(claims) == {("NO", "troops", 300), ("DK", "troops", 200)}


@pytest.mark.parametrize(
    "body",
    [
        "One Dutch marine was killed near Gao on Tuesday, the ministry said.",
        "One Spanish peacekeeper died in the blast near Gao.",
        "One French paratrooper drowned in the river at Gao, the army said.",
    ],
)
def test_a_single_soldier_lost_is_a_count_of_one(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert {(c.actor.code, c.topic, c.figure.value) for c in claims if c.figure} == {
        (next(c.actor.code for c in claims), "casualties", 1)
    }


@pytest.mark.parametrize(
    "body",
    [
        "One soldier said the battalion had reached Gao on Monday.",
        "One of the Spanish peacekeepers was killed near Gao.",
    ],
)
def test_one_is_no_count_outside_a_single_loss(ex: Extractor, body: str) -> None:
    # "one soldier said", "one of them": a speaker or a share, not a count of forces
    assert not any(c.figure and c.figure.value == 1 for c in run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One Belgian soldier was killed when his vehicle hit a mine, the ministry said.", ("BE", "casualties", 1)),
        ("One Spanish sailor was injured during the boarding, the navy said.", ("ES", "casualties", 1)),
        ("One Dutch marine has been wounded in the clash.", ("NL", "casualties", 1)),
    ],
)
def test_one_named_service_member_struck_down_is_a_casualty_figure(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "One of the Belgian soldiers was killed, the ministry said.",
        "One Belgian soldier said the patrol had been quiet.",
        "One Belgian soldier was deployed to the border as a liaison.",
    ],
)
def test_other_uses_of_one_count_nothing(ex: Extractor, body: str) -> None:
    assert not {f for f in figs(run(ex, body)) if f[2] == 1}


def test_a_singular_service_member_counts_beside_a_plural_one(ex: Extractor) -> None:
    claims = run(ex, "One Italian airman was killed and two sailors were hurt in the crash, the Italian navy said.")
    assert {("IT", "casualties", 1), ("IT", "casualties", 2)} <= figs(claims)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Three Chinese military drones flew near the Pratas Islands on Friday.", ("CN", "equipment", 3)),
        ("Four Russian military aircraft landed in Tobruk on Monday.", ("RU", "equipment", 4)),
        ("About 300 French military advisers are in Mali.", ("FR", "troops", 300)),
    ],
)
def test_military_before_a_counted_noun_modifies_it(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert figs(run(ex, body)) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Estonia's 12th Infantry Battalion, about 450 strong, is based near Tapa.", ("EE", "troops", 450)),
        ("The Belgian detachment, currently about 120 strong, would train Malian officers.", ("BE", "troops", 120)),
    ],
)
def test_a_units_size_n_strong(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


def test_a_group_of_a_bare_count_is_forces(ex: Extractor) -> None:
    body = "Kenya sent 300 more soldiers to Somalia. The final group of 120 flew in on Monday."
    assert ("KE", "troops", 120) in figs(run(ex, body))


def test_a_strength_given_to_a_battalion_counts_troops(ex: Extractor) -> None:
    assert ("TD", "troops", 650) in figs(run(ex, "Chad sent a 650-strong battalion to Niger."))
    assert {f for f in figs(run(ex, "Chad sent two battalions to Niger.")) if f[2] == 2} == set()


def test_a_range_in_words(ex: Extractor) -> None:
    claims = run(ex, "The Indian navy keeps between four and seven warships in the Arabian Sea, he said.")
    c = next(c for c in claims if c.figure)
    assert (c.actor.code, c.figure.value, c.figure.low, c.figure.high) == ("IN", 4, 4, 7)


def test_the_main_body_of_a_deployment_counts_troops(ex: Extractor) -> None:
    body = "South Korea sent an advance party of 40 soldiers to Poland in April.\n\nThe main body of about 300 came."
    assert {("KR", "troops", 40), ("KR", "troops", 300)} <= figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Russia has sent 3,000 troops to Mali, and 2,000 others are due in June.", ("RU", "troops", 2000)),
        ("Israel's strike killed two members of Iran's Revolutionary Guards in Syria.", ("IR", "casualties", 2)),
        ("The Irish contingent in Lebanon was raised to around 400 this year.", ("IE", "troops", 400)),
    ],
)
def test_others_members_and_this_do_not_stop_a_count(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Malaysia's troops, 209 in the first wave, have taken over security around the airport in Dili.", 209),
        ("The Kenyan soldiers - about 400 in all - reached Haiti on Tuesday.", 400),
        # a quoted count set off the same way: the source's own words
        ('A first team of Turkish engineers, "about 60," reached Tripoli on Monday, an official said.', 60),
        ("Some Rwandan instructors, “fewer than 30,” stayed behind in Bangui.", 30),
    ],
)
def test_a_count_set_off_after_the_force_noun_counts_it(ex: Extractor, body: str, want: int) -> None:
    assert any(f[2] == want and f[1] == "troops" for f in figs(run(ex, body)))


def test_a_count_with_or_so_keeps_its_noun_and_owner(ex: Extractor) -> None:
    got = run(ex, "The Wagner Group keeps 900 or so fighters in Libya, the envoy said.")
    assert ("wagner-group", "troops", 900) in figs(got)
    assert ("wagner-group", "LY") in locs(got)


def test_one_states_formations_together_are_its_count(ex: Extractor) -> None:
    body = "Two French carriers sail the Red Sea. Together, the two carriers hold some 80 aircraft and 3,000 sailors."
    assert {("FR", "equipment", 80), ("FR", "troops", 3000)} <= figs(run(ex, body))
    assert figs(run(ex, "France and Italy sent ships. Together, the two countries have 2,000 sailors there.")) == set()


def test_around_or_over_before_a_count_is_no_preposition(ex: Extractor) -> None:
    body = (
        "Around 600 Dutch soldiers will move to Lithuania in May to join the NATO battlegroup at Rukla. "
        "The incoming company will bring 12 CV90 vehicles, a spokesman said."
    )
    assert ("NL", "equipment", 12) in figs(run(ex, body))
    body = (
        "Over 300 Danish troops arrived in Latvia to reinforce the NATO brigade there. "
        "The new battalion brought eight Leopard tanks, a spokesman said."
    )
    assert ("DK", "equipment", 8) in figs(run(ex, body))


def test_a_units_bare_strength_counts_whatever_verb_follows(ex: Extractor) -> None:
    lead = "Russia's Africa Corps has about 2,000 personnel in Mali. "
    body = lead + "A detachment of up to 300 guards the president of Chad in Ndjamena."
    got = run(ex, body)
    assert ("africa-corps", "troops", 300) in figs(got)
    assert ("africa-corps", "TD") in locs(got)
    body = lead + "The newest deployment is in Chad, where a detachment of up to 200 has guarded the president."
    assert ("africa-corps", "troops", 200) in figs(run(ex, body))
    # a plural noun after a bare count is what it counts
    body = lead + "The detachment responded to 18 incidents in Chad."
    assert not any(value == 18 for _, _, value in figs(run(ex, body)))


def test_counts_coordinated_before_one_noun_all_count_it(ex: Extractor) -> None:
    body = "Spain will deploy 400 and 250 marines to Senegal and Ghana respectively, the navy said."
    assert {("ES", "troops", 400), ("ES", "troops", 250)} <= figs(run(ex, body))
    body = "Italy keeps 320, 150 or 90 engineers at each of its three camps in Lebanon, officials said."
    assert ("IT", "troops", 320) in figs(run(ex, body))


def test_an_apposed_count_after_a_noun_and_its_complement_counts_the_noun(ex: Extractor) -> None:
    body = (
        "Poland's 12th Mechanised Brigade has 3,000 soldiers near Szczecin. The first K2 tanks for the brigade, 180 "
        "in total, will be delivered next year."
    )
    got = figs(run(ex, body))
    assert ("PL", "equipment", 180) in got
    assert ("PL", "troops", 180) not in got
    # a count apposed to soldiers of a formation still counts the soldiers
    body = "Canada has sent the soldiers of its new brigade, 2,200 in total, to Latvia."
    assert ("CA", "troops", 2200) in figs(run(ex, body))


def test_a_strength_in_people_set_off_after_forces_counts_them(ex: Extractor) -> None:
    body = "Only Chinese engineers and medical units, estimated at around 400 people, remain in Juba."
    got = run(ex, body)
    assert ("CN", "troops", 400) in figs(got)
    assert _placed(got, 400) == {("CN", "SS")}
    # people who are no forces stay uncounted
    body = "Chinese engineers guard the camp, where refugees, estimated at around 4,000 people, remain."
    assert ("CN", "troops", 4000) not in figs(run(ex, body))


def test_a_range_from_one_number_to_another_without_a_change_stays_a_range(ex: Extractor) -> None:
    body = "Analysts said Wagner had from 800 to 1,200 fighters in Mali at the time."
    got = run(ex, body)
    assert [(c.figure.value, c.figure.low, c.figure.high) for c in got if c.figure] == [(800, 800, 1200)]


def test_a_count_after_a_date_with_a_comma_is_no_year(ex: Extractor) -> None:
    body = "In the rocket attacks of May 2 and May 5, 17 U.S. soldiers suffered concussions and minor injuries."
    assert ("US", "casualties", 17) in figs(run(ex, body))
    body = "The French unit left Chad on Sept. 30, 2022 with 300 soldiers."
    assert figs(run(ex, body)) == {("FR", "troops", 300)}


def test_respectively_shares_a_force_noun_before_the_first_count(ex: Extractor) -> None:
    body = "Chad and Niger, which host smaller French contingents of about 450 and 120 respectively, are wary."
    got = figs(run(ex, body))
    assert ("FR", "troops", 450) in got
    assert ("FR", "troops", 120) in got
    body = "Estonia and Latvia host British detachments of 800, 350 and 90 respectively, the ministry said."
    got = figs(run(ex, body))
    assert {("GB", "troops", 800), ("GB", "troops", 350), ("GB", "troops", 90)} <= got


def test_a_brigade_or_regiment_of_a_bare_count_is_its_strength(ex: Extractor) -> None:
    body = "Poland said it could send a regiment of about 2,000 to Lithuania within a week."
    assert ("PL", "troops", 2000) in figs(run(ex, body))
    body = "Spain is ready to deploy a brigade of up to 4,000 if asked, the minister said."
    assert ("ES", "troops", 4000) in figs(run(ex, body))


def test_modifiers_joined_by_and_before_an_equipment_noun(ex: Extractor) -> None:
    body = "Berlin is sending three more Skyranger air and missile defence batteries to Lithuania, officials said."
    claims = run(ex, body)
    assert ("DE", "equipment", 3) in figs(claims)
    assert not any(topic == "troops" for _, topic, _ in figs(claims))
    body = "The Turkish navy bought 40 surface and underwater drones for the fleet in Izmir."
    assert ("TR", "equipment", 40) in figs(run(ex, body))


def test_and_before_a_second_count_is_no_modifier(ex: Extractor) -> None:
    # "craft and several minelayers": a second count, not modifiers of one noun
    body = "The navy of Oman has moved about 30 patrol craft and several minelayers to ports on its coast."
    assert not any(v == 30 and topic == "equipment" for _, topic, v in figs(run(ex, body)))


def test_a_range_whose_scale_is_written_once_scales_both_ends(ex: Extractor) -> None:
    claims = run(ex, "Officials said Iran had shipped 4 to 6 million rounds of ammunition to Russia since 2022.")
    got = [c.figure for c in claims if c.figure and c.actor.code == "IR"]
    assert got and got[0].value == 4_000_000
    assert got[0].low == 4_000_000 and got[0].high == 6_000_000
    body = "Turkey has sent between two and three thousand soldiers to Libya, officials said."
    assert ("TR", "troops", 2000) in figs(run(ex, body))


def test_a_range_that_is_larger_scaled_keeps_its_first_number(ex: Extractor) -> None:
    # scaled, the first number would pass the second: it is read as written
    claims = run(ex, "Russia sent 800 to 1.2 million shells to the front, the agency said.")
    values = {c.figure.value for c in claims if c.figure}
    assert 800_000_000 not in values


def test_a_bare_count_before_a_name_and_a_plural_counts_that_plural(ex: Extractor) -> None:
    body = "The Africa Corps now guards the two Sahel juntas that hired it last year."
    assert not figs(run(ex, body))
    body = "Iran's Revolutionary Guards have armed the three Gulf militias that answer to Tehran."
    assert not figs(run(ex, body))
    # a known force noun after the name is still counted
    body = "The Africa Corps sent 60 Wagner veterans to Mali in May."
    assert ("wagner-group", "troops", 60) in figs(run(ex, body))


def test_a_hyphenated_calibre_is_a_modifier_of_the_counted_noun(ex: Extractor) -> None:
    body = "Poland has moved about 40 of its new 155-mm self-propelled howitzers to the east, officials said."
    got = figs(run(ex, body))
    assert got == {("PL", "equipment", 40)}


def test_one_named_ship_or_aircraft_is_a_count_of_one(ex: Extractor) -> None:
    assert figs(run(ex, "Italy keeps only one frigate in the Red Sea, its navy said.")) == {("IT", "equipment", 1)}
    body = "Chile said one FACh C-130H Hercules and two CASA transports had landed in Easter Island."
    assert ("CL", "equipment", 1) in figs(run(ex, body))


def test_one_civilian_looking_craft_or_a_partitive_one_is_no_count(ex: Extractor) -> None:
    assert figs(run(ex, "One bulk carrier was struck by a Houthi drone off Yemen, the British navy said.")) == set()
    assert figs(run(ex, "One of the frigates docked in Djibouti, the Italian navy said.")) == set()


def test_a_quoted_count_before_a_plural_demonym_counts_those_people(ex: Extractor) -> None:
    body = 'A hospital source told reporters that "about 30" Danes had died in the attack.'
    assert figs(run(ex, body)) == {("DK", "casualties", 30)}


def test_a_count_before_a_calibre_in_millimetres_is_no_spaced_thousand(ex: Extractor) -> None:
    # "24 155 mm howitzers": 24 howitzers of 155 mm, not 24,155 of anything
    claims = run(ex, "Pyongyang shipped 24 240 mm rocket launchers and 16 170mm guns to Russia.")
    assert figs(claims) == {("KP", "equipment", 24), ("KP", "equipment", 16)}
    # a thousand written with a space is still one number
    assert figs(run(ex, "North Korea has 11 000 soldiers in Russia.")) == {("KP", "troops", 11000)}


def test_two_models_counts_before_one_noun_both_count_it(ex: Extractor) -> None:
    # "N <model> and M <model> drones": the first count shares the noun after the second
    got = figs(run(ex, "Turkey delivered 40 Bayraktar TB2 and 12 Akinci drones to Azerbaijan last year."))
    assert got == {("TR", "equipment", 40), ("TR", "equipment", 12)}
    got = figs(run(ex, "Russia handed Belarus 75 Zala and 30 Orlan-10 drones, the files show."))
    assert got == {("RU", "equipment", 75), ("RU", "equipment", 30)}


def test_a_line_of_a_numbers_list_counts_the_noun_after_its_dash(ex: Extractor) -> None:
    # "N - <what it counts>": a list of numbers, each line a count and, after a dash, its noun phrase
    body = (
        "1. 4,500 - Polish soldiers in Latvia, up from a battalion.\n"
        "2. 12 - countries in the coalition.\n"
        "3. 2 million - artillery shells Iran has sent Russia since 2030, officials said.\n"
        "4. 20,000 - the authorised troop ceiling for Kosovo.\n"
        "5. 61 - votes in the senate.\n"
    )
    got = run(ex, body)
    assert figs(got) == {("PL", "troops", 4500), ("IR", "equipment", 2000000)}
    assert _placed(got, 4500) == {("PL", "LV")}


def test_a_tilde_before_a_count_means_about(ex: Extractor) -> None:
    # fact boxes write "~N" for "about N"
    claims = run(ex, "Belgian paratroopers in Benin: ~650 (defence staff)")
    assert figs(claims) == {("BE", "troops", 650)}
    assert all(c.figure.approx for c in claims if c.figure)


def test_an_n_member_unit_counts_its_members(ex: Extractor) -> None:
    # "a 250-member company" gives the unit's strength, as "a 250-strong company" does
    assert figs(run(ex, "Ghana is deploying a 250-member infantry company to Lebanon.")) == {("GH", "troops", 250)}


def test_a_recipient_named_after_shipped_is_no_name_of_the_count(ex: Extractor) -> None:
    # "shipped Minsk 900 shells": the name receives the count, like "sent Russia 10,000 troops"
    claims = run(ex, "Analysts said Iran had shipped Venezuela 2.5 million mortar shells over the winter.")
    assert figs(claims) == {("IR", "equipment", 2500000)}


def test_a_count_a_force_exceeds_is_its_lower_bound(ex: Extractor) -> None:
    claims = run(ex, "The Turkish contingent in Qatar now likely exceeds 900.")
    assert [(c.figure.value, c.figure.low, c.figure.approx) for c in claims if c.figure] == [(900, 900, True)]


def test_m_after_digits_is_millions_before_a_noun(ex: Extractor) -> None:
    # "2.5m rounds": a headline's million; "400m from the fence" stays a distance, no number
    claims = run(ex, "Iran shipped 2.5m rifle rounds to Yemen's Houthis last year, a UN panel said.")
    assert ("IR", "equipment", 2_500_000) in figs(claims)
    assert figs(run(ex, "Chad said its patrol stopped 400m from the fence; 60 Chadian soldiers are in Niger.")) == {
        ("TD", "troops", 60)
    }


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Turkey keeps north of 700 soldiers in Qatar, officials say.", 700, None),
        ("Turkey keeps shy of 700 soldiers in Qatar, officials say.", None, 700),
        ("Turkey keeps just short of 700 soldiers in Qatar, officials say.", None, 700),
    ],
)
def test_north_of_and_shy_of_bound_a_count(ex: Extractor, body: str, low: int | None, high: int | None) -> None:
    (c,) = [c for c in run(ex, body) if c.figure is not None]
    assert (c.figure.value, c.figure.low, c.figure.high, c.figure.approx) == (700, low, high, True)


def test_a_strong_group_counts_its_forces_unless_of_names_others(ex: Extractor) -> None:
    # "a 600-strong group" is a body of forces; "of pilgrims" says it is not
    claims = run(ex, "Belarus has troops in Mali. Officials said a 600-strong group was posted to Gao in May.")
    assert ("BY", "troops", 600) in figs(claims)
    claims = run(ex, "Belarus sent a 600-strong team of sappers to Mali in May.")
    assert figs(claims) == {("BY", "troops", 600)}
    assert figs(run(ex, "Belarus flew a 600-strong group of pilgrims to Saudi Arabia in May.")) == set()


def test_n_strong_after_a_copula_is_the_subjects_strength(ex: Extractor) -> None:
    # "its garrison in X is now 850-strong": the predicate gives the size of the force named as subject
    body = "Kenya's defence ministry said its contingent in South Sudan was now 850-strong, a month after new arrivals."
    assert ("KE", "troops", 850) in figs(run(ex, body))
