"""Table entries of the ninth tables session: actor aliases, demonyms, groups and missions from general knowledge.

Each entry is shown in a sentence written for the test, run through the extractor where a claim can show it.
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


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "place", "kind", "country"),
    [
        ("Huliaipole", "Huliaipole", "site", "UA"),
        ("Robotyne", "Robotyne", "site", "UA"),
        ("Belbek air base", "Belbek air base", "site", "UA"),
        ("Shaykovka air base", "Shaykovka air base", "site", "RU"),
        ("Novaya Zemlya", "Novaya Zemlya", "site", "RU"),
        ("Al Minhad Air Base", "Al Minhad Air Base", "site", "AE"),
        ("Erbil Air Base", "Erbil Air Base", "site", "IQ"),
        ("Conoco gas field", "Conoco gas field", "site", "SY"),
        ("Tabqa", "Tabqa", "site", "SY"),
        ("Fordow", "Fordow", "site", "IR"),
        ("Nevatim Air Base", "Nevatim Air Base", "site", "IL"),
        ("Nuseirat", "Nuseirat", "site", "PS"),
        ("Philadelphi Corridor", "Philadelphi Corridor", "site", "PS"),
        ("Khiam", "Khiam", "site", "LB"),
        ("Ras Isa", "Ras Isa", "site", "YE"),
        ("Berbera airport", "Berbera airport", "site", "SO"),
        ("Air Base 201", "Air Base 201", "site", "NE"),
        ("Redzikowo", "Redzikowo", "site", "PL"),
        ("RAF Lakenheath", "RAF Lakenheath", "site", "GB"),
        ("Camp Blaz", "Camp Blaz", "site", "GU"),
        ("Yeonpyeong Island", "Yeonpyeong Island", "site", "KR"),
        ("Galwan Valley", "Galwan Valley", "site", "IN"),
        ("North Waziristan", "North Waziristan", "site", "PK"),
        ("Soto Cano Air Base", "Soto Cano Air Base", "site", "HN"),
        ("Essequibo", "Essequibo", "site", "GY"),
        ("Puntland", "Puntland", "site", "SO"),
        ("West Africa", "West Africa", "macro", None),
        ("Lake Chad", "Lake Chad", "macro", None),
        ("Suwalki Gap", "Suwałki Gap", "macro", None),
        ("Mischief Reef", "Mischief Reef", "macro", None),
        ("Bohai Sea", "Bohai Sea", "macro", None),
        ("Kivu", "Kivu", "macro", "CD"),
    ],
)
def test_curated_places(gaz: Gazetteer, name: str, place: str, kind: str, country: str | None) -> None:
    p = gaz.lookup(name)
    assert p is not None, name
    assert (p.name, p.kind, p.country_code) == (place, kind, country)


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Idlib province", "SY", "Idlib"),
        ("Aleppo governorate", "SY", "Halab"),
        ("Deir ez-Zor province", "SY", "Dayr az Zawr"),
        ("Sweida", "SY", "As Suwayda'"),
        ("Salahuddin province", "IQ", "Salah ad Din"),
        ("Nineveh province", "IQ", "Ninawa"),
        ("Hadramout", "YE", "Hadramawt"),
        ("Lahj province", "YE", "Lahij"),
        ("Gezira state", "SD", "Gezira"),
        ("El Gezira", "SD", "Gezira"),
        ("Tigray region", "ET", "Tigrai"),
        ("Amhara region", "ET", "Amara"),
        ("Lower Shabelle", "SO", "Shabeellaha Hoose"),
        ("North Kivu province", "CD", "Nord-Kivu"),
        ("Ituri province", "CD", "Ituri"),
        ("Sokoto State", "NG", "Sokoto"),
        ("Rakhine State", "MM", "Rakhine"),
        ("Karen State", "MM", "Kayin"),
        ("Kandahar province", "AF", "Kandahar"),
        ("Baluchistan", "PK", "Balochistan"),
        ("Syunik", "AM", "Syunik'"),
        ("Sistan-Baluchestan", "IR", "Sistan va Baluchestan"),
        ("Michoacan", "MX", "Michoacan de Ocampo"),
        ("Antioquia department", "CO", "Antioquia"),
        ("Ida-Viru", "EE", "Ida-Virumaa"),
    ],
)
def test_english_admin_forms(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    p = gaz.lookup(name)
    assert p is not None, name
    assert (p.kind, p.country_code, p.admin1) == ("admin1", country, admin1)


def test_a_town_name_keeps_its_city_beside_the_new_province_forms(gaz: Gazetteer) -> None:
    p = gaz.lookup("Idlib")
    assert p is not None and p.kind == "city" and p.country_code == "SY"
