"""Actor aliases from general knowledge: state forces and their units, plural demonyms, armed groups and
missions as the actor index finds them.

The extraction tests show such entries inside claims; these pin the table itself, so a newcomer adding an alias
finds where it is checked.
"""

from __future__ import annotations

import pytest

from claimwatch.core.actors import ActorIndex
from claimwatch.core.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(Gazetteer.load().countries())


def codes(index: ActorIndex, text: str) -> list[str]:
    return [m.actor.code for m in index.find(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The SAF retook the bridge.", "SD"),
        ("GRU officers were expelled.", "RU"),
        ("HUR said the depot burned.", "UA"),
        ("Shin Bet agents arrested two men.", "IL"),
        ("Mossad ran the operation.", "IL"),
        ("The Basij were deployed.", "IR"),
        ("ISPR said the raid ended.", "PK"),
        ("The Frontier Corps lost a post.", "PK"),
        ("JSOC planned the raid.", "US"),
        ("Delta Force led the raid.", "US"),
        ("Storm-Z units attacked.", "RU"),
        ("The VDP patrolled the road.", "BF"),
        ("Barkhane forces left Gao.", "FR"),
        ("ROC Army units drilled.", "TW"),
        ("The TPDF sent a company.", "TZ"),
    ],
)
def test_state_abbreviations_and_units(index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iraqis", "IQ"),
        ("Yemenis", "YE"),
        ("Somalis", "SO"),
        ("Pakistanis", "PK"),
        ("Qataris", "QA"),
        ("Omanis", "OM"),
        ("Kuwaitis", "KW"),
        ("Bahrainis", "BH"),
        ("Serbs", "RS"),
        ("Croats", "HR"),
        ("Poles", "PL"),
        ("Finns", "FI"),
        ("Swedes", "SE"),
        ("Danes", "DK"),
        ("Spaniards", "ES"),
        ("Brits", "GB"),
        ("Maldivian", "MV"),
        ("Tajiks", "TJ"),
        ("Uzbeks", "UZ"),
    ],
)
def test_plural_demonyms(index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, f"Officials said {text} were among them.") == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Islamic Resistance in Iraq claimed the attack.", "islamic-resistance-in-iraq"),
        ("Zainabiyoun fighters arrived.", "zainabiyoun"),
        ("The Amal Movement denied it.", "amal-movement"),
        ("The al-Aqsa Martyrs' Brigades claimed it.", "al-aqsa-martyrs-brigades"),
        ("The Jenin Brigade fought back.", "jenin-brigade"),
        ("The National Resistance Front claimed the ambush.", "national-resistance-front"),
        ("Jaish al-Adl claimed the attack.", "jaish-al-adl"),
        ("The BLF claimed the attack.", "blf"),
        ("TRF claimed the attack.", "the-resistance-front"),
        ("Naxalites attacked the camp.", "cpi-maoist"),
        ("The Three Brotherhood Alliance took the town.", "three-brotherhood-alliance"),
        ("The KNDF took the town.", "kndf"),
        ("The BIFF attacked.", "biff"),
        ("The Gulf Clan attacked.", "clan-del-golfo"),
        ("The CJNG attacked.", "cjng"),
        ("The LRA attacked.", "lra"),
        ("Ambazonian separatists attacked.", "ambazonia-separatists"),
        ("The Islamic State Central Africa Province claimed it.", "iscap"),
        ("The Janjaweed attacked.", "rsf"),
        ("The Freedom of Russia Legion attacked.", "freedom-of-russia-legion"),
        ("The Kastus Kalinouski Regiment fought there.", "kalinouski-regiment"),
    ],
)
def test_armed_group_aliases(index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UNMOGIP observers patrolled.", "unmogip"),
        ("UNMHA staff left.", "unmha"),
        ("UNSOS staff left.", "unsos"),
        ("EULEX staff left.", "eulex"),
        ("EUMAM Ukraine trained them.", "eumam-ukraine"),
        ("The G5 Sahel Joint Force was dissolved.", "g5-sahel"),
        ("The Alliance of Sahel States formed a force.", "aes-unified-force"),
        ("The Coalition of the Willing met.", "coalition-of-the-willing"),
        ("The Arab Coalition said so.", "arab-coalition"),
    ],
)
def test_mission_aliases(index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, text)[0] == code

