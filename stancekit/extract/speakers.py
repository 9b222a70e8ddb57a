"""Speaker resolution: from a source mention as written to a canonical speaker.

Public functions (other extractors and the stance targets use them; signatures are stable):

- ``entity_index(doc, text=None, regions=None, contents=()) -> EntityIndex`` — build once per spaCy doc and
  pass it to those below; ``contents`` (statement contents, when known) keeps names reported *inside* a
  statement from becoming antecedents of the next "he".
- ``block(index, contents)`` — the same for contents found later (the learned extractor blocks each statement's
  content once its speaker is resolved as a person).
- ``resolve_speaker(doc, mention, anchor_char, index=None, enclosing=None) -> Speaker | None`` — ``mention`` is
  the source span (``None`` -> ``None``; a mention that cannot be resolved keeps its offsets with
  ``name=None``: unknown speakers are never guessed); ``anchor_char`` is the
  character offset of the statement (antecedents of pronouns are searched before
  ``min(anchor_char, mention.start_char)``); ``enclosing`` is the speaker of the direct quote the mention sits
  in, which "I"/"we" refer to (outside quotes "I"/"we" is the unnamed author, ``name=None``, except in an
  interview printed as a dialogue or a transcript, where it is whoever has the turn: :func:`_turns`; a broadcast
  transcript's names in capitals too, :func:`_caps_labels`; and in the paragraph after one that introduces a
  block quotation with a reporting verb and a colon, the one introduced: :func:`_introducer`).
- ``canonical_entities(doc, index=None) -> list[tuple[Span, str, SpeakerKind]]`` — every PERSON / ORG / GPE /
  NORP entity with the fullest name the article uses for it ("Berg" -> "Anna Berg") and its kind.

Names the small NER misses or mislabels are people when something says so: a personal title ("Mayor Ana Ruiz"
-> "Ana Ruiz"), a role apposition ("Ana Ruiz, the mayor") or a multi-word proper-noun subject of a reporting
verb ("said Ana Ruiz"); they then serve as antecedents and full names like any PERSON entity. A person name the
NER cut short ("Lena" of "Lena Brandt") takes the next proper noun when the article uses it alone as a subject,
and an organisation's name it ends after a nationality ("Americans" of "Americans for Lower Rents") is the
organisation's; a noun of a person before a full name is no part of it ("Rabbi Tomas Vik"), and a one-word "person"
that a number, a plural determiner or a plural verb shows to be many ("Four Kashmiris") is a group.

Resolution rules, in order: pronouns (he/she -> the most recent person outside quotes, contents and video cards
(inside them only where nobody else of that gender is named), not a picture's credit, preferring sentence subjects
(a name in apposition to one too), not an infinitive's ("time for Ana Ruiz to move on"), and agreeing gender from
titles such as Mr./Ms., a given name (our lists, then US birth records) or a pronoun bound to the name ("Tarvin
Morrow made waves when he declined"), in a dialogue never the person who has the turn nor a label, and counting
names said in it; in an adverbial clause, the unnamed person before it ("a researcher after she tweeted") or,
before the main clause, that clause's subject ("Before he took questions, Tom Lind ...");
where nobody is named before it, the unnamed person a recent sentence was about ("the nominee refused ... he said"),
and the unnamed person who spoke last where no name of that gender came since ("One neighbor said ... "...," he
said"); in a clause coordinated with another, that clause's subject ("Castell smiled when Lind introduced him, and he
joked" -> Castell); after a subject a title names, whom the title names ("The president defended the plan. He said",
:func:`_described_subject`);
"both" -> the two people named in its sentence or the one before, jointly;
"it" -> the thing the clause it hangs on or the sentence before
is about ("The search warrant offered new details ... It shows", "After the ministry reviewed the data, it
said"), unless that is a person or several, nobody where
it stands for a clause ("after it was revealed that"), and "they" likewise -> the people or bodies there ("Leaders
of the port unions met the mayor. They want ..."); else they/it -> the most recent organisation, group or plural
people noun ("Senators"), subjects preferred, "they" never a place, "it" no place named only as where something
is ("workers in Ohio"); relative "who" -> the noun it modifies, past nouns
that cannot speak and also where the parse leaves the clause unattached ("Ana Ruiz, who won and who said", "the Greens,
who've railed"), and "which" never a person; "whose" -> that noun too, which speaks through what it owns: "the
bureau whose charter says" -> the bureau, "Tom Lind, whose spokesman said" -> "Tom Lind's office"); "the Ohio
Republican" -> the person named last, and so does a person noun that a place, nationality, age or judgement
describes where no title in the article fits it ("the New York businessman", "the 68-year-old leader",
:func:`_epithet`); "the president",
where nobody is titled president -> the person named most so far, not one holding a rival office or a trade
("journalist Tom Hale"); ``his office`` /
``the Obama campaign`` / ``a spokesperson for X`` -> organisation speakers ("Anna Berg's office",
"Ministry of Finance"); a common noun that a name only qualifies -> not that name ("supporters of Anna Berg" ->
"Anna Berg's supporters", "farmers in Iowa" itself, but "Pentagon officials" -> "Pentagon"; "officials in
Anna Berg's administration" -> "Anna Berg's administration"; "Berg's lawyer" -> the lawyer the article named,
else "Anna Berg's lawyer"); a document -> its author, never its subject ("a
report from the Office of X on Mayor Y's program" -> the office, "Ruiz's statement" -> Ruiz, "the board's report" ->
the board, "a poll released by X", "a video of X",
"interviews with X"; the document itself when no author is named), a later "it" -> a main-clause document
subject ("An independent review ... found ... It also reported"), and a later "the report" -> the author of the
report named last ("Tom Lind's report ... The report said"); "one senior Democrat" -> an unnamed person, whom
"this Democrat" then means; a coordinated mention -> each conjunct resolved and the names joined, a group
("Berg and Hale" -> "Anna Berg and Tom Hale"; "John and Mary Castell" -> "John Castell and Mary Castell", not the
article's other John), "Mr." / "Ms. Castell" by the title's gender; "the Clintons" -> a group (a later "they"),
never a person (a later "she"); a news outlet's or online platform's one-word name that the NER reads as a person
("Politico", "Twitter") -> an organisation, unless a person of the article bears it; a one-word "person" that is an
adjective before a noun ("Invalid email address") -> no name;
named entities (NER's ORG tags on a known person's surname are overruled) -> fullest form in the article
(for people a surname match first, "Pell" -> "Gareth Pell" rather than "Gareth Pell Jr.", but no relative named for
a namesake the article never names in full, "first lady Ana Lind", unless by a courtesy title, "Mrs. Lind"; of two
bearers, the one who spoke within about two sentences, "Mohamed Vask told ... Vask said"; no
epithet, "Slippery James Lind" -> "James Lind", nor a side, "pro-Lind", is a name, and "a Maria Olsen-Daniel Brandt
meeting" names two people; then a
first-name match, a name ending where a word repeats or before a lower-case word that is no particle, "Obama a B-" ->
"Obama" but "Charles de Gaulle"; a PERSON entity ending in a named organisation, "the Obama White
House", is split in two; for organisations a longer name with the same head word, "Commission" -> "European
Commission", not "FBI" -> "FBI Field Office", and not a person's era, "White House" -> "Obama White House";
groups keep their own words, "Democrats" are not "Pragmatic Democrats"); role nouns
(``the minister``, ``the senator``) -> the person the article introduced with that title ("Finance Minister Anna
Berg", "Berg, the finance minister", "Sen. Ana Ruiz"), only the same title ("the inspector general" is not
Attorney General X, "the FBI director" is FBI Director Y, not the FBI); ``the ministry`` -> the organisation
whose name contains the noun, ``the administration`` (government, campaign, team) also -> a person's named last
("the Lind administration", not "under the Lind administration"), ``the agency`` -> the public body named
last by a head such as administration or service or an acronym ("the IRS"), and ``the company`` / ``the carmaker`` also
-> the business named last before it (a subject preferred; never a university, ministry or other public body,
nor one named by acronym, "FBI", nor a news outlet unless called a business, nor one named once more than about
170 words before; "the group" never a news outlet or platform), ``the newspaper`` -> the news organisation named
last; a person renaming the head wins ("Labour's spokesperson, Priya Shah", "Fox News’ Priya Shah"; "two
senators, Tom Lind and Ana Ruiz," -> both); anything else keeps its own words, without a relative clause
or description set off by a comma ("one farmer, who asked not to be named" -> "one farmer"), its kind from its
noun (:func:`_noun_kind`: "a former hostage" a person, "the family" a group, "the outlet" an organisation).
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..furniture import video_cards
from ..types import Speaker, SpeakerKind
from . import given_names
from .lexicon import ALL_FORMS, SPEECH_FORMS
from .quotes import QuoteRegion, find_quotes

_RANKS = {"colonel", "lieutenant", "sergeant", "corporal", "admiral", "counsel"}
# Ranks as abbreviated, with a full stop or, in British style, without one ("Adm John Lind", "Lt Col Ana Ruiz").
_MILITARY_ABBREVIATIONS = frozenset(
    "adm adm. lt lt. col col. capt capt. sgt sgt. maj maj. cmdr cmdr. cdr cdr. brig brig. cpl cpl.".split())
_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.",
    "president", "senator", "minister", "prof", "prof.", "professor", "sir", "dame", "lord", "judge", "mayor",
    "governor", "chancellor", "secretary", "congressman", "congresswoman", "representative", "rev", "rev.",
    "former", "vice", "prime", "premier", "chief", "ceo", "director", "general",
} | _RANKS | _MILITARY_ABBREVIATIONS
# Titles that only stand before a person's name ("Mayor Ana Ruiz", "Sen. Adeyemi"): what follows is a person.
_PERSON_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president",
    "senator", "minister", "prof", "prof.", "professor", "sir", "dame", "judge", "mayor", "governor", "chancellor",
    "secretary", "congressman", "congresswoman", "rev", "rev.", "premier", "speaker",
    "ambassador", "sheriff", "justice", "chairman", "chairwoman", "commissioner", "councilman", "councilwoman",
    "councillor", "councilor", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "assemblyman", "assemblywoman",
    "whip",
} | _RANKS | _MILITARY_ABBREVIATIONS
# Words that make a run of proper nouns an organisation's name, whatever stands before it.
_ORG_WORDS = {"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "news", "times", "post", "journal", "press",
              "media", "foundation", "fund", "center", "centre", "watch", "daily", "tribune", "herald", "street",
              "ministry", "party", "house", "senate", "congress", "court", "county", "city", "state", "states",
              "university", "college", "republic", "kingdom", "airlines", "bank", "council", "department", "office",
              "committee", "group", "union", "administration", "agency", "association", "institute", "project",
              "program", "programme", "initiative", "campaign", "network", "coalition", "alliance", "caucus",
              "society", "league", "trust", "commission", "board", "authority", "service", "station", "park",
              "square", "hall", "airport", "tower", "memorial", "stadium", "museum", "hotel", "school", "place",
              "corps", "road", "avenue", "plaza", "bay", "island", "river", "lake", "valley", "beach", "heights",
              "tech"}
# Common given names, so "she"/"he" can skip the wrong person when nothing else marks gender.
_FEMALE_NAMES = frozenset("""
anna maria mary elizabeth sarah emma olivia sophia sofia isabella mia charlotte amelia emily hannah julia laura lisa
susan karen nancy betty helen sandra donna carol ruth sharon michelle kimberly deborah jessica jennifer linda patricia
barbara margaret dorothy rebecca rachel hillary nikki kamala elena clara marta lena ingrid astrid greta karin kristin
maja anne annie jane joan janet diane christine catherine kate katherine alice alexandria ursula angela theresa marine
giorgia jacinda liz lizzie michele amy elise eva eve irene olga natalia tatiana yulia chloe zoe lucy grace carolyn
caroline cynthia debra denise diana elaine ellen evelyn frances gloria heather jacqueline janice judith judy julie
kathleen kathryn katie kristen lauren lori louise marie marilyn martha megan melissa nicole pamela paula peggy phyllis
rose rosa sally samantha shirley stephanie sue tammy tammi teresa tiffany tina valerie vanessa victoria virginia wendy
amanda angelina ann anne-marie beatrice bernadette brenda brittany candace carmen cathy cheryl christina claire
colleen connie danielle dawn dolores doris edith eileen eleanor elisabeth ella emilia erin esther felicia fiona
florence gabriela gail geraldine gina gwen harriet hazel heidi hilda holly ida ilhan isabel jeanne jenna jill joanna
joanne jocelyn josephine joy joyce juanita june kara karla kathy katrina kay kayla kendra krista kristina leah lillian
lily lois loretta lorraine lucia lydia mabel madeleine madeline madison mae marcia margarita marian marianne marsha
maureen maxine melanie meredith michaela mildred miranda molly monica nadia naomi natasha nina nora norma olive patty
pauline penelope priscilla rachael ramona regina rhonda rita roberta rosalind rosemary roxanne ruby sabrina sandy sara
shannon sheila sherry sonia stacey stella susana suzanne sylvia tamara tanya tara vera veronica vivian wanda yvonne
yolanda zelda betsy kirsten kristi tulsi marjorie susanna ayanna rashida gretchen kirstjen kellyanne
dianne melania jackie cindy debbie deirdre janis pam candice meghan stacy lara juli lindsay jacquelyn deb jen anita
alicia ana carly vicki sophie savannah
""".split())
_MALE_NAMES = frozenset("""
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob gary eric stephen
jonathan larry justin scott brandon benjamin samuel frank gregory raymond patrick jack dennis jerry tyler aaron jose
henry adam douglas peter nathan zachary kyle walter harold carl arthur gerald roger keith jeremy lawrence sean
christian ethan austin joe albert willie billy bruce bryan ralph roy eugene wayne louis philip bobby johnny bernie
barack mitt ted marco rand mike jeb bill hans lars erik jonas piotr karl olaf emmanuel boris vladimir xi narendra
friedrich tomas ivan sergei mohammed ali omar ahmed pedro carlos juan luis abraham alan alexander alfred allen alvin
andre andy antonio arnold barry ben bernard bert bob brad bradley brett calvin cameron cecil chad charlie chester
chuck clarence claude clifford clint clyde cody colin craig curtis dan danny darrell darren dave dean derek dick don
donnie duane dwight earl ed eddie edgar edwin elijah elmer emil ernest everett felix floyd franklin fred freddie
frederick gabriel geoffrey gilbert glen glenn gordon graham greg harry harvey herbert herman homer howard hugh hugo
isaac jake jared jeff jeffery jerome jim jimmy joel johnnie jon ken kent kurt lance leo leon leonard leroy lester
lewis lloyd lonnie luke lyndon manuel marcus mario marshall martin marvin melvin micheal miguel milton mitch mitchell
morris nathaniel neil nicholas nick noah norman oliver orlando oscar otis owen perry phil phillip preston rafael
randall randy reginald ricardo rick ricky rob robbie rod rodney roland ron ronnie ross rudy russell saul seth sidney
simon stanley stuart terrence theodore tim toby todd tom tommy tony travis trevor troy vernon victor vincent wade
wallace warren wesley wilbur willard wilson xavier zach beto rahm newt reince steve devin hakeem
matt jay bashar pete doug rex volodymyr antonin rich cory mick al sergey merrick max corey ibrahim gavin abu josh
brendan lamar trey ian hassan angus spencer salah mohamed mohammad osama marc ray ezra francois eliot deval cedric
oleg igor thad steny winston rupert graeme nelson frederic allan dmitry claudio dzhokhar viktor saxby qassem jonah
dante fidel hubert stewart trayvon bret konstantin recep julian shinzo byron alistair ruben ulysses
""".split())
_GIVEN_NAMES = _FEMALE_NAMES | _MALE_NAMES
_MALE_TITLES = {"mr", "mr.", "sir", "lord"}
_FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"}
# A party's members are people ("the Ohio Republican"); the parties themselves are "the Republican Party".
_PARTISANS = {"republican", "democrat"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_MASCULINE = {"he", "him", "his"}
_FEMININE = {"she", "her", "hers"}
# Titles and role nouns right before or in a name that tell a person's gender ("miss" is also a verb: "to miss
# Oprah"); with the pronouns, the words of a gender. Not "actor": "the film actor Kit Marlow" may be a woman.
_MALE_WORDS = _MALE_TITLES | {"spokesman", "chairman", "congressman", "businessman", "king", "prince"}
_FEMALE_WORDS = _FEMALE_TITLES - {"miss"} | {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress",
                                            "queen", "princess"}
_MALE = _MALE_WORDS | _MASCULINE
_FEMALE = _FEMALE_WORDS | _FEMININE
_GROUP_PRONOUNS = {"they", "them", "their", "it", "its"}
SELF_PRONOUNS = {"i", "we", "me", "us"}
PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | SELF_PRONOUNS | {"you"}
_RELATIVE = {"who", "that", "which", "whom"}
_PERSON_NOUNS = {
    "official", "source", "spokesperson", "spokesman", "spokeswoman", "minister", "senator", "president", "aide",
    "adviser", "advisor", "analyst", "expert", "economist", "lawyer", "attorney", "governor", "mayor", "chairman",
    "chairwoman", "chair", "candidate", "nominee", "secretary", "director", "executive", "leader", "lawmaker",
    "congressman", "congresswoman", "representative", "ambassador", "diplomat", "officer", "professor", "researcher",
    "counsel", "scientist", "doctor", "witness", "resident", "voter", "activist", "critic", "supporter", "manager",
    "chief", "commissioner", "judge", "prosecutor", "strategist", "pollster", "author", "reporter", "editor", "founder",
    "owner", "farmer", "teacher", "member", "mother", "father", "woman", "man", "person", "insider", "negotiator",
    "campaigner", "chancellor", "premier", "general", "coach", "captain", "ceo", "head", "investor", "trader",
    "driver", "worker", "nurse", "student", "parent", "protester", "neighbor", "neighbour", "suspect", "defendant",
    "victim", "plaintiff", "survivor", "patient", "politician", "commentator", "columnist", "journalist", "legislator",
    "advocate", "opponent", "proponent", "organizer", "organiser", "lobbyist", "donor", "delegate", "envoy", "deputy",
    "councillor", "councilor", "councilman", "councilwoman", "sheriff", "detective", "investigator", "inspector",
    "historian", "scholar", "physician", "consultant", "engineer", "employee", "soldier", "veteran", "citizen",
    "demonstrator", "participant", "observer", "businessman", "businesswoman", "entrepreneur", "pastor", "priest",
    "bishop", "banker", "fundraiser", "surrogate", "administrator", "boss", "archbishop", "cardinal", "rabbi", "imam",
    "cleric", "sheik", "sheikh", "freshman",
}
# Trades and walks of life only a person has ("The actor ... "I wasn't ready," he said", "Goalkeeper Rui Costa"); not
# those a business or a country can fill ("the producer", "the forecaster", "a mediator", "a key player").
_TRADES = frozenset("""
actor actress singer songwriter musician artist painter novelist poet playwright filmmaker comedian rapper dancer
photographer designer architect chef athlete goalkeeper striker midfielder quarterback pitcher referee umpire swimmer
cyclist golfer boxer jockey astronaut firefighter paramedic surgeon dentist pharmacist psychologist psychiatrist
therapist midwife fisherman homeowner shopper customer consumer retiree pensioner teenager teen shopkeeper volunteer
billionaire millionaire celebrity prisoner inmate detainee refugee migrant immigrant passenger motorist pedestrian
commuter superintendent pope monk nun chaplain lecturer pupil juror trooper sailor warden coroner accountant
epidemiologist virologist biologist chemist physicist geologist climatologist meteorologist astronomer archaeologist
sociologist philosopher theologian demographer criminologist biographer blogger podcaster influencer presenter
correspondent translator clerk waiter waitress bartender mechanic electrician plumber carpenter trucker mogul
tycoon classmate commenter executioner reviewer sprinter skier skater gymnast wrestler medalist medallist rower
marathoner scorer drummer guitarist bassist vocalist pianist violinist cellist keyboardist saxophonist trumpeter
headteacher headmaster headmistress harbourmaster harbormaster postmaster stationmaster landlady agent publicist
treasurer comptroller auditor registrar solicitor barrister magistrate bailiff steward trustee ombudsman constable
consul mediator arbitrator curator archivist librarian dean provost rector principal vicar lifeguard ranger jailer
janitor caretaker clinician pediatrician paediatrician immunologist statistician
""".split())
_PERSON_NOUNS |= _TRADES
# "The company said": in news, a business noun after the firm's name refers back to it (the most recent
# organisation, preferring one that was a subject); other organisation nouns only match by name ("the ministry").
_COMPANY_NOUNS = {"company", "firm", "carmaker", "automaker", "retailer", "bank", "lender", "insurer", "airline",
                  "manufacturer", "maker", "chain", "publisher", "startup", "conglomerate", "supplier",
                  "operator", "giant", "brewer", "miner", "utility", "corporation", "group", "organization",
                  "organisation", "charity", "nonprofit", "watchdog", "regulator", "drugmaker"}
# What a business is called ("the chemical maker"; its legal form, ``_LEGAL_FORMS``, also tells one): "the company"
# means one of those before any other organisation, as the article's main company is introduced so.
_BUSINESS_NOUNS = _COMPANY_NOUNS - {"group", "organization", "organisation", "charity", "nonprofit", "watchdog",
                                    "regulator", "utility"}
_ANY_BUSINESS = {"company", "firm", "corporation"}  # nouns for any business, not one kind ("the airline")
# Those that never title a person ("movie maker Tom Lind", "publisher Ana Ruiz", "coal miner Tom Lind" do).
_FIRM_NOUNS = _BUSINESS_NOUNS - {"maker", "publisher", "operator", "supplier", "miner", "brewer"}
# "The newspaper said": the news organisation named last (one whose name says it is one, not any organisation).
_MEDIA_NOUNS = {"newspaper", "paper", "outlet", "magazine", "publication", "tabloid", "broadcaster", "network"}
_OUTLET_NOUNS = _FIRM_NOUNS | _MEDIA_NOUNS  # what a business or a news outlet is called
_MEDIA_SYNONYMS = {"paper": "newspaper"}  # "the paper" is what the article called a newspaper
_MEDIA_WORDS = {"news", "times", "post", "journal", "press", "media", "daily", "tribune", "herald", "magazine",
                "gazette", "telegraph", "guardian", "observer", "review", "chronicle", "globe", "cnn", "bbc", "nbc",
                "cbs", "abc", "fox", "msnbc", "reuters", "bloomberg", "politico", "axios", "ap", "breitbart",
                "mediaite", "infowars", "marketwatch", "newsmax", "buzzfeed", "huffpost", "vox"}
# Online platforms the small NER reads as people ("Twitter refused", "she wrote on Twitter") or misses ("Facebook
# said"): companies, which a later "he" or "she" must not mean; not news outlets ("the newspaper" is never Twitter).
_PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "snapchat", "linkedin", "whatsapp",
              "pinterest"}
_ORG_NOUNS = {
    "ministry", "office", "department", "agency", "government", "administration", "campaign", "committee", "council",
    "commission", "court", "board", "party", "union", "team", "police", "army", "military", "authority",
    "authorities", "embassy", "parliament", "senate", "house", "congress", "cabinet", "newspaper", "paper", "network",
    "station", "institute", "museum", "zoo",
    "university", "hospital", "school", "club", "federation", "association", "coalition", "alliance", "secretariat",
    "directorate", "bureau", "service", "statement", "report", "poll", "survey", "study", "website", "spokesperson",
    "spokesman", "spokeswoman",
} | _COMPANY_NOUNS
# Abbreviated titles by the noun a later mention uses: "Sen. Ana Ruiz" ... "the senator".
_TITLE_WORDS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
                "rep": "representative", "gen.": "general", "gen": "general", "prof.": "professor", "lt.": "lieutenant",
                "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "supt.": "superintendent",
                "det.": "detective", "insp.": "inspector"}
# Words that make another title of the same noun ("deputy minister", "inspector general", "former minister").
_RANKS_OF_TITLES = {"deputy", "vice", "assistant", "associate", "acting", "inspector", "attorney", "surgeon",
                    "solicitor", "lieutenant", "under", "junior", "senior", "interim", "former", "prime"}
# Those that name another office, not a rank of the same one ("the justice" is still Associate Justice Lind).
_OTHER_OFFICES = _RANKS_OF_TITLES - {"associate", "acting", "junior", "senior", "interim"}
_PORTFOLIO_NOUNS = {"minister", "secretary", "commissioner"}
# Determiners of a mention that names nobody in particular: "no senator may question ...".
_DEFINITE = {"the", "this", "that"}
_INDEFINITE = {"a", "an", "one", "another"}
_QUANTIFIERS = {"no", "any", "every", "each", "another", "either", "neither"}
# Organisations whose name says they are no business: "the company" never refers back to the University of
# Washington or the Department of Energy.
_PUBLIC_BODIES = _ORG_NOUNS - _COMPANY_NOUNS - _MEDIA_NOUNS
# Role nouns whose apposition makes a name a person's ("Ana Ruiz, the mayor"); not those an organisation can fill.
_ROLE_NOUNS = _PERSON_NOUNS - {"source", "leader", "owner", "member", "head", "founder", "investor", "trader", "critic",
                               "supporter", "manager", "executive", "chief", "author", "official", "editor", "insider",
                               "advocate", "opponent", "proponent", "organizer", "organiser", "donor", "delegate",
                               "deputy", "consultant", "employee", "veteran", "citizen", "participant", "observer",
                               "customer", "consumer"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "spokesmen"}
# Singular nouns whose holders speak for the organisation or place named with them ("Pentagon officials").
_VOICE_NOUNS = {"official", "source", "member", "representative", "aide", "staffer", "staff", "executive", "leader",
                "diplomat", "negotiator", "officer", "lawmaker", "lawyer", "attorney"}
_COUNSEL = {"lawyer", "attorney"}  # voices of an organisation, but not of a place
# People a name can qualify beyond the role nouns above ("Comey's allies", "Berg supporters", "House conservatives").
_PEOPLE_NOUNS = {"people", "media", "press", "ally", "associate", "defender", "follower", "fan", "backer", "loyalist",
                 "friend", "colleague", "relative", "elder", "family", "team", "counsel", "rival", "detractor",
                 "adversary", "foe", "enemy", "conservative", "liberal", "progressive", "moderate"}
# Kin ("Mr. Lind's wife" is not Lind).
_KIN = {"wife", "husband", "spouse", "widow", "widower", "son", "daughter", "brother", "sister", "parent", "child",
        "cousin", "niece", "nephew", "uncle", "aunt", "grandmother", "grandfather", "grandson", "granddaughter",
        "girlfriend", "boyfriend", "fiancé", "fiancée", "fiance", "fiancee"}
_PEOPLE_NOUNS |= _KIN
_PERSON_OR_KIN = _PERSON_NOUNS | _KIN  # nouns of one person: "the researcher", "her husband"
# The sex a kin noun (or "first lady", "second gentleman") gives whom it names.
_KIN_GENDER = {**dict.fromkeys(("wife", "widow", "daughter", "sister", "niece", "aunt", "grandmother",
                                "granddaughter", "girlfriend", "fiancée", "fiancee", "lady"), "f"),
               **dict.fromkeys(("husband", "widower", "son", "brother", "nephew", "uncle", "grandfather", "grandson",
                                "boyfriend", "fiancé", "fiance", "gentleman"), "m")}
# Heads a qualifying name can stand beside without being the speaker (singular forms).
_SPEAKER_NOUNS = _PERSON_NOUNS | _ORG_NOUNS | _PEOPLE_NOUNS | _VOICE_NOUNS
# Plural subjects that a later "they" can mean ("Senators", "officials", "police", "the nurses' unions").
_PLURAL_PEOPLE = _PERSON_NOUNS | _PEOPLE_NOUNS | _VOICE_NOUNS | {"authority", "police"} | {
    "union", "company", "firm", "business", "employer", "bank", "insurer", "manufacturer", "group", "organization",
    "organisation", "agency", "government", "party", "campaign", "committee", "association", "coalition",
    "network", "newspaper", "university", "hospital", "school"}
_ANY_TITLE = _TITLES | _PERSON_TITLES
# What carries an author's words: the name qualifying it is the speaker ("a CNN poll", "Berg's letter").
_DOCUMENT_NOUNS = {"poll", "survey", "report", "study", "analysis", "statement", "letter", "memo", "document",
                   "book", "article", "tweet", "post", "video", "tape", "recording", "footage", "transcript",
                   "interview", "email", "release", "filing", "ad", "estimate", "projection", "review", "audit",
                   "ruling", "order", "website", "account", "editorial", "column", "data", "research", "finding",
                   "paper", "newspaper", "network", "station", "testimony", "remark", "rule", "proposal",
                   "record", "statistic"}
# Plural subjects a later "they" that speaks may mean: people, bodies, documents and political camps.
_THEY_NOUNS = _PLURAL_PEOPLE | _DOCUMENT_NOUNS
_VOICES = _SPEAKER_NOUNS | _DOCUMENT_NOUNS  # who or what makes statements: see speaks()
# Documents whose author (not their subject) speaks through them; media nouns name their outlet instead.
_AUTHORED = _DOCUMENT_NOUNS - _MEDIA_NOUNS - {"station", "website", "account"}
# Documents of someone speaking: "a video of Mr. Romney" carries Romney's words (_AUTHORED: "tape", "footage" too).
_RECORDINGS = {"video", "recording", "tape", "audio", "footage", "transcript"}
# Kinds of speaker that can author a document (not "other": "a report from last year").
_SPEAKING = frozenset({"person", "organization", "group"})
# Endings after an organisation's head word: "Apple" is short for "Apple Inc.".
_ORG_SUFFIXES = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "group", "holdings",
                 "company", "corporation", "international", "ag", "sa", "se", "nv", "lp", "news", "party"}
_LEGAL_FORMS = _ORG_SUFFIXES - {"group", "international", "news", "party"}  # a business's: "Tovik SA"
_PERSON_LABELS = {"PERSON"}
_ORG_LABELS = {"ORG", "GPE", "FAC"}
_PLACE_LABELS = {"GPE", "FAC", "LOC"}
_HOME_LABELS = {"GPE", "LOC"}  # places people come from (a building, "FAC", may be an office: "a White House lawyer")
_GROUP_LABELS = {"NORP"}
_WHO_LABELS = _PERSON_LABELS | {"ORG"} | _GROUP_LABELS  # entities "who" can refer to
SPEAKER_LABELS = _PERSON_LABELS | _ORG_LABELS | _GROUP_LABELS  # entities that can make a statement
_SUBJ_DEPS = {"nsubj", "nsubjpass"}
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
_SUBJECT_REACH = 250  # characters
# Pronouns that stand for a person, resolved or not ("she declined to comment": someone, though unnamed)
_SOMEONE = _PERSON_PRONOUNS | {"i", "me", "my"}


def _kind_of(label: str) -> SpeakerKind:
    if label in _PERSON_LABELS:
        return "person"
    if label in _ORG_LABELS:
        return "organization"
    if label in _GROUP_LABELS:
        return "group"
    return "other"


def _name_tokens(span: Span) -> list[Token]:
    """The name proper: no leading titles/determiners, no trailing possessive, not past a line break (NER
    can run a headline into the next line) nor into a social-media handle ("Tom Lind @WKRN")."""
    end = next((t.i + (not t.is_space) for t in span if "\n" in (t.text if t.is_space else t.whitespace_)), span.end)
    end = next((t.i for t in span[1:] if t.i < end and t.text.startswith("@")), end)
    toks = [t for t in span.doc[span.start : end]
            if not (t.is_punct or t.is_space) and t.tag_ != "POS" and t.lower_ not in ("'s", "’s")]
    # a company named for its founder, as the NER read it, owns nothing when no noun phrase follows: "Moody's said",
    # "at Christie's." (not "Google's lawyers", "the EPA’s decision", "the FBI’s most prominent", nor "a friend of
    # McGahn's"; a person's name the NER read so is still the person's: :func:`entity_index`)
    after = span.doc[toks[-1].i + 1] if toks and toks[-1].i + 2 < len(span.doc) else None
    if (span.label_ == "ORG" and after is not None and after.tag_ == "POS" and after.i < span.end
            and toks[-1].dep_ != "poss" and _ends_phrase(span.doc[after.i + 1])
            and not (span.start and span.doc[span.start - 1].lower_ == "of")):
        toks.append(after)
    # a dateline run into the name is one token: "(PALM BEACH,) Fla.—President | Donald Trump"; a web page's command
    # opens a sentence: "Add | Tom Lind as an interest", "Watch | Lind's statement"
    while toks and (toks[0].lower_ in _TITLES or toks[0].tag_ == "DT" or len(toks) > 1 and (
            "—" in toks[0].text[1:] or toks[0].is_sent_start and toks[0].lower_ in _PAGE_COMMANDS)):
        toks = toks[1:]
    return toks


def _ends_phrase(tok: Token) -> bool:
    """``tok`` opens no noun phrase: a verb or adverb of the clause ("said", "also"), or a full stop or comma."""
    if tok.is_punct:
        return not (tok.is_quote or tok.is_left_punct)
    return tok.pos_ in ("VERB", "AUX", "ADV") and tok.dep_ not in _MODIFIER_DEPS | {"advmod"} or (
        tok.pos_ == "ADV" and tok.head.pos_ in ("VERB", "AUX"))


_PAGE_COMMANDS = frozenset("add watch follow read share subscribe listen click see sign copy embed".split())


# Lower-case words that belong inside a person's name ("Charles de Gaulle", "Bashar al-Assad", "Peter the Great").
_NAME_PARTICLES = frozenset("al bin ibn da das de del della der di do dos du el la le the van von ten ter y zu".split())


def _person_tokens(span: Span) -> list[Token]:
    """:func:`_name_tokens` of a person, ending before a lower-case word that is not a particle: NER runs names
    into what follows ("Obama a B-" of "giving Romney an A- and Obama a B-"). A lower-case piece joined by a
    hyphen stays ("Ban Ki-moon"), and so does a surname with a lower-case prefix ("Paul deVries"); a "name"
    that starts in lower case is left as the NER read it. A possessive is never part of it ("Smith’s", tagged ORG)."""
    toks = [t for t in _name_tokens(span) if t.tag_ != "POS"]
    if not toks or not toks[0].text[:1].isupper():
        return toks
    end = next((k for k, t in enumerate(toks) if t.is_alpha and t.text.islower()
                and t.lower_ not in _NAME_PARTICLES and t.doc[t.i - 1].whitespace_), len(toks))
    while end > 1 and toks[end - 1].text.islower() and toks[end - 1].lower_ in _NAME_PARTICLES:
        end -= 1  # a particle ends no name: "David Axelrod - the (president’s campaign manager)"
    return toks[:end]


# Nouns that stand before a surname as a title would ("Rabbi Heir", "Cardinal Dolan", "Leader Pelosi"), though
# they are no title alone ("Bishop" and "Pastor" are surnames too); not "Sheikh", which may be a name ("Sheikh Hasina").
_HONORIFICS = frozenset("rabbi imam cardinal archbishop bishop pastor father leader".split())


def _inverted_cue(toks: list[Token]) -> bool:
    """A sentence opened by its reporting verb before the speaker and a colon or comma: "Said Lind: ...",
    "Added Ruiz, ..." (the NER reads the verb as a given name)."""
    nxt = toks[-1].i + 1
    return (toks[0].is_sent_start and toks[0].lower_ in SPEECH_FORMS and toks[0].lower_ not in _GIVEN_NAMES
            and nxt < len(toks[0].doc) and toks[0].doc[nxt].text in (":", ","))


def _trim_person(ent: Span) -> Span:
    """A person entity cut to the name the NER ran it into, so that the entity is the name: it ends at its
    possessive ("Tom Lind's State (of the Union)"; but "Harbor College's Glenn Castell" is Glenn Castell); it
    starts after an abbreviated title inside ("MPs Mrs Berg"), after a question's verb or a title before a given
    name ("Will Madeleine Castell's comment backfire?", "Will Lind spend more?", "First Lady Ana Ruiz"), a noun of
    a person before two names ("Rabbi Tomas Vik", "Witness Arjun Kale"; not "Lady Bird Johnson", "Man-Yee Lee") or
    an honorific before one ("Rabbi Vik", "Cardinal Dolan"), after a reporting verb that opens the sentence ("Said
    Vik: ..."), after a word in capitals before a name in title case (a page's "CLOSE Maria Lund"), after a site's
    label ("Story Highlights Maria Lund"), its share buttons ("Twitter Pinterest Maria Lund") or a picture's credit
    ("AP Photo Maria Lund"); in a headline it drops the headline's verbs and connectives (:func:`_headline_name`);
    it ends before a day ("posted on Twitter Sunday")."""
    toks = _name_tokens(ent) if ent.label_ in _PERSON_LABELS else []
    if len(toks) < 2 or not toks[0].text[:1].isupper():
        return ent
    first, last = toks[0].i, toks[-1].i
    pos = next((k for k, t in enumerate(toks) if t.i < last and t.doc[t.i + 1].tag_ == "POS"), None)
    if pos is not None:  # the name is the possessor, unless a given name follows ("Columbia's Glenn Hubbard")
        after = toks[pos + 1 :]
        toks = after if len(after) > 1 and after[0].lower_ in _GIVEN_NAMES else toks[: pos + 1]
    toks = toks[max((k + 1 for k, t in enumerate(toks[:-1]) if k and t.lower_ in _ABBREVIATED_TITLES), default=0):]
    while len(toks) > 1 and toks[0].lower_ in _SITE_LABEL_WORDS:  # "Story Highlights Lind, a Democrat, vetoed"
        toks = toks[1:]
    # a picture's credit run into the caption's name: "(J. Scott Applewhite/)AP Photo | Trump"
    toks = toks[max((k + 1 for k, t in enumerate(toks[:-1]) if t.lower_ in _AGENCY_WORDS), default=0):]
    buttons = next((k for k, t in enumerate(toks) if t.lower_ not in _PLATFORMS), 0)
    if 1 < buttons < len(toks):  # share buttons: "Facebook Twitter Pinterest Lind" (not "Twitter Sunday")
        toks = toks[buttons:]
    asked = toks[0].is_sent_start and toks[0].lower_ in _HEADLINE_BREAKS and toks[0].sent.text.rstrip()[-1:] == "?"
    if len(toks) == 2 and asked or len(toks) > 2 and (  # "Will Lind spend more?"
            toks[0].lower_ in _HEADLINE_BREAKS and toks[1].lower_ in _GIVEN_NAMES
            or toks[0].is_upper and toks[0].is_alpha and len(toks[0]) > 3 and toks[1].is_title) or (
            len(toks) > 1 and toks[1].lower_ in _GIVEN_NAMES and _title_word(toks[0])
            or len(toks) > 2 and toks[0].whitespace_ and toks[0].lower_ in _PERSON_NOUNS | _PERSON_TITLES
            and toks[0].lower_ not in _TITLE_ENDS or len(toks) == 2 and toks[0].lower_ in _HONORIFICS
            or len(toks) == 2 and _inverted_cue(toks)):
        toks = toks[1:]
    if any(t.lower_ in _HEADLINE_BREAKS or t.lower_ in ALL_FORMS for t in toks) and _headline(toks[0]):
        toks = _headline_name(toks)
    while len(toks) > 1 and toks[-1].lower_ in _WEEKDAYS:  # "(wrote on) Twitter Sunday"
        toks = toks[:-1]
    if (toks[0].i, toks[-1].i) == (first, last):
        return ent
    return Span(ent.doc, ent.start if toks[0].i == first else toks[0].i,
                ent.end if toks[-1].i == last else toks[-1].i + 1, label=ent.label_)


def _title_word(tok: Token) -> bool:
    """A title the NER ran into the given name after it: "(First) Lady | Melania", "Bishop | Ivan", "(Secretary of)
    Agriculture | Mike"."""
    def title(low: str) -> bool:
        return low in _TITLE_ALONE or low in _PERSON_NOUNS or low == "superintendent"

    doc = tok.doc  # what a title is of: not "a letter of | Coretta Scott King"
    return title(tok.lower_) or tok.i > 1 and doc[tok.i - 1].lower_ == "of" and title(doc[tok.i - 2].lower_)


_ABBREVIATED_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov.".split())
_TITLE_ABBREVIATIONS = _ABBREVIATED_TITLES | _MILITARY_ABBREVIATIONS
_SITE_LABEL_WORDS = frozenset(("story", "highlights"))  # a news site's label before its summary
# Words a headline capitalises that never belong to a person's name: the NER reads "Maria Lund To Testify"
# and "Lund Said Norway Would ..." as names.
_HEADLINE_BREAKS = frozenset("to in on at for with and from by as is are was were be been has have had do does did "
                             "will would could can should must might shall not after over about against amid into "
                             "before than if".split())


def _headline(tok: Token) -> bool:
    """``tok`` is on a line written in title case or capitals (at least four words, 80 % capitalised)."""
    doc, a, b = tok.doc, tok.i, tok.i
    while a > 0 and "\n" not in doc[a - 1].whitespace_ and not doc[a - 1].is_space:
        a -= 1
    while b + 1 < len(doc) and "\n" not in doc[b].whitespace_ and not doc[b + 1].is_space:
        b += 1
    words = [t.text for t in doc[a : b + 1] if t.is_alpha]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_name(toks: list[Token]) -> list[Token]:
    """A name in a headline, without the headline's verbs and connectives around it: "JUDGE RULES HALE
    LIED" -> "HALE", "Maria Lund To Testify" -> "Maria Lund"; a given name stays ("Hope Castell Says")."""
    def verb(t: Token) -> bool:
        return t.lower_ in ALL_FORMS and t.lower_ not in _GIVEN_NAMES

    while len(toks) > 1 and verb(toks[0]) and toks[0].lower_.endswith(("s", "ed")):
        toks = toks[1:]
    end = next((k for k, t in enumerate(toks) if k and (t.lower_ in _HEADLINE_BREAKS or verb(t))), len(toks))
    return toks[:end]


def _name_text(toks: list[Token]) -> str:
    """The name as written from its first to last word ("Okonkwo-Reyes" keeps its hyphen), less an editor's
    brackets ("[John] Lind")."""
    return re.sub(r"[\[\]]", "", toks[0].doc[toks[0].i : toks[-1].i + 1].text) if toks else ""


def _gender(ent: Span, name: str) -> str | None:
    """From titles and words right before the mention (Ms., spokeswoman), a kin noun the name stands beside ("his
    wife, Sorrel") or a common given name opening the person's full ``name``: a surname can be a given name elsewhere
    ("Rosa Jonas" is no "Jonas" of the male list). Not from a pronoun there, which is someone else's ("She supported
    Tom Lind", "her husband, Tom Lind"). (Birth records are read later, after the article's own pronouns:
    :func:`entity_index`.)"""
    # the name's last word is a surname, no title: "Coretta Scott King" (but "King Charles", "Mr. Lind")
    words = {t.lower_ for t in ent.doc[max(ent.start - 2, 0) : ent.start]} | {t.lower_ for t in ent[:-1]}
    given = _given_gender(name.split() or [""], records=False)
    head = ent.root.head
    kin = _KIN_GENDER.get(head.lower_) if ent.root.dep_ == "appos" and head.i < ent.start else None
    if words & _FEMALE_WORDS or given == "f" or kin == "f":
        return "f"
    if words & _MALE_WORDS or given == "m" or kin == "m":
        return "m"
    return None


@dataclass
class EntityIndex:
    """Per-document lookups shared by every resolution in that document."""

    ents: list[tuple[Span, str, SpeakerKind]] = field(default_factory=list)
    persons: list[tuple[int, Span, str, bool]] = field(default_factory=list)  # (start_char, ent, name, is_subject)
    person_starts: list[int] = field(default_factory=list)
    companies: list[tuple[int, Span, str, bool]] = field(default_factory=list)  # ORG entities, as persons
    company_starts: list[int] = field(default_factory=list)
    groups: list[tuple[int, str, SpeakerKind, bool]] = field(default_factory=list)  # (char, name, kind, is_subject)
    group_starts: list[int] = field(default_factory=list)
    # role noun -> [(char, person name, the title's other words)]: "general" -> (.., "William Barr", {"attorney"})
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    recorded: set[str] = field(default_factory=set)  # names whose gender is only the birth records' guess
    party: dict[str, str] = field(default_factory=dict)  # person name -> "republican" / "democrat", where stated
    title_words: set[str] = field(default_factory=set)  # every title's other words, of all roles above
    nations: set[str] = field(default_factory=set)  # the nations those titles are of ("ukrainian")
    places: set[str] = field(default_factory=set)  # names of places, which "they" never refers back to
    documents: set[int] = field(default_factory=set)  # starts of document subjects in ``groups``: "it" only
    orgs: list[str] = field(default_factory=list)
    firms: set[str] = field(default_factory=set)  # known businesses: "Tovik SA", "the firm Tovik", "Twitter"
    outlets: dict[str, set[str]] = field(default_factory=dict)  # news outlet -> what the article calls it: "magazine"
    blocked: bytearray = field(default_factory=bytearray)  # 1 for each character inside a quotation or content
    quoted: bytearray = field(default_factory=bytearray)  # 1 for each character inside a quotation
    turns: list[tuple[int, str | None]] = field(default_factory=list)  # an interview's (char, person): see _turns
    labels: dict[str, str] = field(default_factory=dict)  # a transcript's handle or initials -> name: _turn_labels


def entity_index(
    doc: Doc,
    text: str | None = None,
    regions: list[QuoteRegion] | None = None,
    contents: Sequence[tuple[int, int]] = (),
) -> EntityIndex:
    """Canonical names, person/group mentions and role titles of one document (one pass over its entities).

    ``text`` / ``regions``: ``doc.text`` and its :func:`find_quotes`, when the caller already has them.
    Names inside quotations and inside ``contents`` (the statements' contents, when known) are not taken as
    antecedents of pronouns: "He said Obama was wrong. He added ..." refers to the first speaker again; nor are
    names in a video card's titles (:func:`stancekit.furniture.video_cards`)."""
    text = doc.text if text is None else text
    regions = find_quotes(text) if regions is None else regions
    quoted = bytearray(len(text) + 1)
    for q in regions:
        quoted[q.start : q.end] = b"\x01" * (q.end - q.start)
    idx = EntityIndex(quoted=quoted, blocked=bytearray(quoted))
    block(idx, contents)
    block(idx, video_cards(text))  # a clip's title names no antecedent
    blocked = idx.blocked
    ents = _misread_orgs(_misread_people([_as_person(_as_nationality(e)) for e in _org_names_cut_short(doc)
                                          if e.label_ in SPEAKER_LABELS]))
    named = {t.text for e in ents if e.label_ in _PERSON_LABELS and not _adjective(e) for t in e}
    ents = [e for e in ents if (not _adjective(e) or e.text in named) and not _not_a_name(e)]
    ents = _complete_names(doc, _split_possessors(_split_org_tails(_split_at_commas(ents))))
    ents = _cut_epithets([_trim_person(e) for e in _split_pairs(_join_split_names(
        sorted(ents + _proper_names(doc, ents), key=lambda e: e.start)))])
    # "the Clintons", "both Bidens": a family is a group ("they"), not a person ("she") nor a full name
    surnames = {e[-1].text for e in ents if e.label_ in _PERSON_LABELS and len(e) > 1}
    # "Politico reported": a news outlet's one-word name is an organisation, unless someone in the article bears
    # it ("Bloomberg" after "Michael Bloomberg"); nor is one word after "the" that heads its phrase ("The Hill
    # reports"; but "the Obama administration", "the Clintons")
    ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ in _PERSON_LABELS and len(e) == 1 and (
        (e[0].lower_ in _MEDIA_WORDS or e[0].lower_ in _PLATFORMS) and e.text not in surnames
        or e.start and doc[e.start - 1].lower_ == "the" and e.root.dep_ not in _MODIFIER_DEPS
        and e.text[:-1] not in surnames) else e for e in ents]
    families = {e.start for e in ents if len(e) == 1 and e.text[-1:] == "s" and e.text[:-1] in surnames
                and e.start > 0 and doc[e.start - 1].lower_ in ("the", "both")}
    people = [(e, _person_tokens(e)) for e in ents if e.label_ in _PERSON_LABELS and e.start not in families]
    people = [(e, toks) for e, toks in people if toks]
    couples = _couples(people)
    full_names: list[list[str]] = []
    written: dict[tuple[str, ...], str] = {}
    # a headline's "name" whose last word the article never uses again is no one's full name: "Trump Roars, China
    # Yawns", "Bush Heckled" (but "Mitch McConnell", then "McConnell said")
    once = {w for w, n in Counter(t.text for t in doc).items() if n == 1}
    for e, toks in sorted(people, key=lambda p: -len(couples.get(p[0].start, p[1]))):
        words = [t.text for t in toks]
        if len(words) > 1 and words[-1] in once and e.start not in couples and _headline(e[0]):
            continue
        # a name ends before a word repeats: scraped link text runs names together ("Jared Kushner Jared")
        toks = toks[: next((i for i, w in enumerate(words) if w in words[:i]), len(words))]
        words = couples.get(e.start) or words[: len(toks)]
        if not any(_contains_name(f, words) for f in full_names):
            full_names.append(words)
            written[tuple(words)] = " ".join(words) if e.start in couples else _as_written(_name_text(toks))
    # NER often tags a known person's later, shorter mention as ORG or misses it: trust the article's names.
    # A surname-only person ("Trump") that the NER also reads as ORG is that person by name and kind, but not a
    # pronoun's antecedent: such mentions are mostly modifiers ("Trump's claim"), and the gender is unknown.
    single = [f for f in full_names if len(f) == 1]
    # (a possessive the NER took into an ORG is no part of a person's name: "Peter Smith", then "Smith’s claims")
    named = {e.start: [t.text for t in _name_tokens(e) if t.tag_ != "POS"] for e in ents}
    surname_orgs = {e.start for e in ents if e.label_ == "ORG" and named[e.start] in single}
    is_person = surname_orgs | {e.start for e in ents if e.label_ in _PERSON_LABELS or any(
        _contains_name(f, named[e.start]) for f in full_names if len(f) > 1)}
    ents += _name_mentions(doc, full_names, ents)
    ents.sort(key=lambda e: e.start)
    orgs = sorted({_name_text(_name_tokens(e)) or e.text for e in ents if e.start not in is_person
                   and e.label_ not in _PERSON_LABELS}, key=lambda o: (-len(o), o.isupper() or o.islower(), o))
    # ties: not set order; a dateline's "WASHINGTON" after "Washington" (but "FBI" before "fbi")
    idx.orgs = orgs
    bodies = _public_acronyms(orgs)
    name_words = {w for f in full_names for w in f}
    # "First lady Ana Lind" is no bare "Lind" where the article gives no other Lind's full name (:func:`_full_name`)
    relatives = {tuple(f): _KIN_GENDER.get(kin) for e, toks in people if (kin := _namesakes_kin(e)) and (
        f := _full_name(full_names, [t.text for t in toks])) and sum(g[-1] == f[-1] for g in full_names) == 1}
    # "Mr. Obama" anywhere makes every bare "Obama" a man's surname: not the article's one "Michelle Obama"
    surname_genders: dict[str, set[str]] = {}
    for e in ents:
        g = _title_gender(e) if e.label_ in _PERSON_LABELS else None
        toks = _person_tokens(e) if g else []
        if len(toks) == 1:
            surname_genders.setdefault(toks[0].text, set()).add(g)
    # surname -> the full name that last spoke, and where: "Mohamed Abdeslam told RTBF ... Abdeslam said" is he,
    # though the article named Salah Abdeslam first
    spoke: dict[str, tuple[tuple[str, ...], int]] = {}
    for e in ents:
        if e.start in families:
            name, kind = e.text, "group"
        elif e.start in is_person or e.label_ in _PERSON_LABELS:
            toks = _person_tokens(e)
            words = couples.get(e.start) or [t.text for t in toks] or [e.text]
            said = surname_genders.get(words[0], set()) if len(words) == 1 else set()
            own = _title_gender(e)
            full = _full_name(full_names, words, own or (next(iter(said)) if len(said) == 1 else None), relatives,
                              titled=own is not None, recent=_just_spoke(spoke, words, e.start))
            if (full and len(words) > 1 and e.root.dep_ != "appos" and e.root.head.lower_ in ALL_FORMS
                    and _subject(e.root)):  # a full name as a reporting verb's subject; the parse walk last
                spoke[full[-1]] = (tuple(full), e.end)
            name = written[tuple(full)] if full else _name_text(toks) or e.text
            kind: SpeakerKind = "person"
        else:
            short = _name_text(_name_tokens(e)) or e.text
            kind = _kind_of(e.label_)
            name = short if kind == "group" else _org_name(orgs, short, name_words)
        idx.ents.append((e, name, kind))
        if kind == "person":
            # a surname several of the article's people bear ("Mr. Khan" of Khizr and Ghazala Khan) tells nobody's
            # gender: it may have been read as the wrong one
            shared = len(words) == 1 and sum(_contains_name(f, words) for f in full_names) > 1
            g = _given_gender(name.split(), records=False) if shared else _gender(e, name)
            if g:
                idx.gender.setdefault(name, g)
            p = _party(e, text)
            if p:
                idx.party.setdefault(name, p)
            for role, words, nations in _roles_of(e, text):
                idx.roles.setdefault(role, []).append((e.start_char, name, words | nations))
                idx.title_words |= words
                idx.nations |= nations
        if blocked[e.start_char] or e.start in surname_orgs or _credit(e):
            continue
        if kind == "person":
            idx.persons.append((e.start_char, e, name, _subject(e.root)))
        elif kind == "group" and modifies_noun(e):
            # "Republican lawmakers" are the referent of a later "they", not "Republican"; "American
            # enterprise", "Muslim-majority countries" name nobody.
            head = e.root.head
            if head.tag_ == "NNS" and head.i == e.end:
                idx.groups.append((e.start_char, doc[e.start : head.i + 1].text, kind, head.dep_ in _SUBJ_DEPS))
        else:
            idx.groups.append((e.start_char, name, kind, e.root.dep_ in _SUBJ_DEPS))
            if e.label_ in _PLACE_LABELS:
                idx.places.add(name)
            if (e.label_ == "ORG" and _org_head(name.lower()) not in _NO_BUSINESS_HEADS
                    and not _called(e, _PUBLIC_BODIES) and name not in bodies):
                idx.companies.append((e.start_char, e, name, e.root.dep_ in _SUBJ_DEPS))
                if (_called(e, _BUSINESS_NOUNS) or any(t.lower_ in _LEGAL_FORMS for t in _name_tokens(e)[1:])
                        or name.lower() in _PLATFORMS):
                    idx.firms.add(name)
                if outlet := _kind_called(e, _MEDIA_NOUNS):
                    idx.outlets.setdefault(name, set()).add(_MEDIA_SYNONYMS.get(outlet, outlet))
    for name, g in _bound_genders(doc, idx).items():
        idx.gender.setdefault(name, g)
    for e, name, kind in idx.ents:  # birth records last: the article's own pronoun is the better witness
        if kind == "person" and name not in idx.gender:
            # a given name the NER left out opens the name: "Michelle [Manning Barish]" is no Manning (but "Judge",
            # "Said" and "Bishop" are no names)
            prev = doc[e.start - 1] if e.start else None
            cut = (prev is not None and prev.tag_ == "NNP" and prev.is_title and not _title_word(prev)
                   and prev.lower_ not in ALL_FORMS and _given_gender([prev.text, name]))
            g = cut or _given_gender(name.split() or [""])
            if g:
                idx.gender[name] = g
                idx.recorded.add(name)
    idx.labels = _turn_labels(text, {name for _, name, kind in idx.ents if kind == "person"})
    idx.turns = _turns(text, idx.ents, idx.labels)
    idx.groups = sorted(idx.groups + _plural_subjects(doc, ents, blocked), key=lambda g: g[0])
    idx.person_starts = [p[0] for p in idx.persons]
    idx.company_starts = [c[0] for c in idx.companies]
    idx.group_starts = [g[0] for g in idx.groups]
    # "An independent review ... found that ... It also reported ...": a document subject is what "it" says,
    # named as its mention is (its author where one is named); resolved once the names above are known.
    documents = [(phrase.start_char, r.name, r.kind, True) for phrase in _document_subjects(doc, blocked)
                 if (r := _resolve(doc, phrase, phrase.start_char, idx, None)) is not None]
    if documents:
        idx.documents = {d[0] for d in documents}
        idx.groups = sorted(idx.groups + documents, key=lambda g: g[0])
        idx.group_starts = [g[0] for g in idx.groups]
    return idx


def _bound_genders(doc: Doc, idx: EntityIndex) -> dict[str, str]:
    """Genders the article itself gives by a pronoun bound to a name: "Marlon Brando made waves when he
    declined the award" (the pronoun is the subject of a clause that hangs under one whose subject is the
    name). For names the lists do not know; not through a report ("Brando said she ...": she may be anyone),
    nor inside a quotation, and only where every such pronoun agrees."""
    subjects = {e.root.i: name for e, name, kind in idx.ents
                if kind == "person" and name not in idx.gender and e.root.dep_ in _SUBJ_DEPS}
    votes: dict[str, set[str]] = {}
    for pron in doc if subjects else ():
        low = pron.lower_
        if low not in _PERSON_PRONOUNS or pron.dep_ not in _SUBJ_DEPS or idx.quoted[pron.idx]:
            continue  # a possessive need not be the subject's: "Ana Ruiz describes his progress"
        for verb in [pron.head, *pron.head.ancestors]:
            subjs = [subjects.get(c.i) for c in _clause_subjects(verb) if c.i < pron.i]
            if subjs:
                for name in filter(None, subjs):
                    votes.setdefault(name, set()).add("f" if low in _FEMININE else "m")
                break
            if verb.dep_ in ("ccomp", "parataxis"):
                break
    return {name: g.pop() for name, g in votes.items() if len(g) == 1}


def _turns(text: str, ents: list[tuple[Span, str, SpeakerKind]],
           labels: dict[str, str]) -> list[tuple[int, str | None]]:
    """Where an interview is printed as a dialogue, each person's name alone on a line, then what they say, "I"
    is that person until the next such line: (end of the name's line, name). Only where a name comes back on
    such a line: a list of profiles headed by names ("Tom Lind / The mayor said ...") is no dialogue. In a
    transcript with short labels (:func:`_turn_labels`), a turn starts after each label or name its people open
    a line with ("LB:", "Lena Brandt:"), until another label in capitals (the turn of nobody, ``None``)."""
    if labels:  # a line that opens with another label in capitals ends a turn ("EDITOR'S NOTE: I ...")
        names = set(labels.values())
        return [(m.end(), labels.get(label, label if label in names else None)) for m in _LABELLED_LINE.finditer(text)
                if (label := m.group(1)) in labels or label in names or label.isupper()]
    turns = []
    for e, name, kind in ents:
        if kind != "person":
            continue
        start = text.rfind("\n", 0, e.start_char) + 1
        end = text.find("\n", e.end_char) % (len(text) + 1)
        if text[start:end].strip() == e.text:
            turns.append((end, name))
    return turns if max(Counter(name for _, name in turns).values(), default=0) > 1 else []


# A transcript whose turns open a line with a short label and a colon, after the first turn gave the name: a chat's
# handle ("lena (Lena Brandt, senior writer): ...", then "lena: ...") or initials ("Lena Brandt: ...", "LB: ...")
_CHAT_INTRO = re.compile(r"(?m)^([a-z][\w.]*) \(([A-Z][^,()\n]*)[,)]")
_LABELLED_LINE = re.compile(r"(?m)^([^\n:()]{1,60}?)(?: \([^()\n]*\))?:")
_SHORT_LABEL = re.compile(r"[a-z][\w.]*|[A-Z]{2,3}")
# A broadcast transcript's turn: a name in capitals, its role in brackets ("TOM HALE (HOST): ..."), later maybe the
# surname alone ("HALE: ...")
_CAPS_NAME = r"[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){1,3}"  # a name in capitals, two to four words
_CAPS_LABEL = re.compile(rf"(?m)^({_CAPS_NAME})( \([^()\n]*\))?:")


def _turn_labels(text: str, people: set[str]) -> dict[str, str]:
    """A transcript's short labels, each to the person it stands for, where it opens two turns or more: a chat's
    handle to the full name it introduces, initials to the one person of ``people`` with those initials. The
    label alone names no one the NER knows, and "I" is whoever has the turn."""
    turns = Counter(m.group(1) for m in _LABELLED_LINE.finditer(text) if _SHORT_LABEL.fullmatch(m.group(1)))
    labels = {m.group(1): m.group(2).strip() for m in _CHAT_INTRO.finditer(text)}
    for label in turns:
        named = [p for p in people if _initials(p) == label] if label.isupper() else []
        if len(named) == 1:
            labels[label] = named[0]
    labels = {label: name for label, name in labels.items() if turns[label] > 1}
    return labels | _caps_labels(text, people)


def _caps_labels(text: str, people: set[str]) -> dict[str, str]:
    """A broadcast transcript's labels in capitals (:data:`_CAPS_LABEL`), each to the person it names as the
    article spells the name, without a title ("SEN. MAYA MACGUINEAS" is "Maya MacGuineas"), a surname alone to the
    same person. A label counts where it gives a role or opens two turns, and only in a transcript, where two
    people's labels do: "FILE PHOTO:" or "EDITOR'S NOTE:" opens a line once."""
    found = list(_CAPS_LABEL.finditer(text))
    opened = Counter(m.group(1) for m in found)
    names = {m.group(1) for m in found if m.group(2) or opened[m.group(1)] > 1}
    if len(names) < 2:
        return {}
    spelled: dict[str, str] = {}
    for p in sorted(people, key=lambda p: (p != string.capwords(p), p)):  # "MacGuineas" over "Macguineas"
        spelled[p.upper()] = p
    labels = {}
    for label in names:
        words = _untitled(label.split())
        labels[label] = spelled.get(" ".join(words)) or string.capwords(" ".join(words))
    surnames = Counter(label.split()[-1] for label in names)
    labels |= {label.split()[-1]: name for label, name in labels.items() if surnames[label.split()[-1]] == 1}
    return labels


def _untitled(words: list[str]) -> list[str]:
    """A label's name without its titles ("SEN. ELIZABETH WARREN"), two words at least."""
    while len(words) > 2 and words[0].lower() in _TITLES:
        words = words[1:]
    return words


_COLON_AFTER = re.compile(r"[ \t]*:")


def _opens_turn(mention: Span) -> bool:
    """``mention`` opens its line and a colon follows it: a transcript's turn ("TESS ORLANDO: ...")."""
    text = mention.doc.text
    line = text.rfind("\n", 0, mention.start_char) + 1
    return not text[line : mention.start_char].strip() and _COLON_AFTER.match(text, mention.end_char) is not None


def _turn_speaker(idx: EntityIndex, before: int) -> str | None:
    """The person whose turn of an interview's dialogue (:func:`_turns`) ``before`` falls in."""
    i = bisect_left(idx.turns, (before,))
    return idx.turns[i - 1][1] if i else None


def _earlier_nouns(mention: Span, noun: str) -> Iterator[Token]:
    """The words spelled ``noun`` before ``mention``, nearest first, found with one vectorised look-up (a long
    article's every "the report" or "the ministry" looks back)."""
    doc = mention.doc
    lower = doc.to_array("LOWER")[: mention.start].astype(np.uint64)
    for i in np.flatnonzero(lower == hash_string(noun))[::-1]:
        yield doc[int(i)]


def _document(noun: Token) -> bool:
    """A common noun for something written or recorded that speaks for its author: "the report", "polls"."""
    return _singular(noun.lower_) in _AUTHORED and noun.tag_ in ("NN", "NNS")


def _earlier_author(idx: EntityIndex, mention: Span, noun: str) -> Speaker | None:
    """The author of the last ``noun`` named before ``mention`` with one ("Mueller's report", "a poll released by
    Quinnipiac University"), for a later "the report" or "the poll" (:func:`_author`); looked up only for such a
    mention, back from it."""
    doc = mention.doc
    for tok in _earlier_nouns(mention, noun):
        if tok.tag_ == "NN" and not idx.blocked[tok.idx]:
            phrase = doc[tok.left_edge.i : tok.right_edge.i + 1]
            author = _author(doc, phrase, tok, tok.idx, idx, None)
            if author is not None and author.kind in _SPEAKING and author.name != _as_name(_own_words(phrase, tok)):
                return _speaker(author.name, mention, author.kind)
    return None


def _subject(tok: Token) -> bool:
    """A clause's subject, which he/she prefer as antecedents; not an infinitive's, which the sentence is about
    less than its own subject ("Lind says it is time for Ana Ruiz to move on. ... the Ohio Democrat said"; "Lind
    expected Ruiz to step back. He said"). Groups keep any subject: on news the same rule did them as much harm
    as good."""
    if tok.dep_ == "appos":  # "the city's treasurer, Tom Lind, had to ...": the name is its noun's subject, but
        # not of a relative clause ("Lind, whose brother, Joaquin, is a congressman") nor a work's ("his book Hacks")
        if (tok.head.head.dep_ == "relcl" or any(c.lower_ == "whose" for c in tok.head.children)
                or tok.head.lower_ in _DOCUMENT_NOUNS):
            return False
        tok = tok.head
    return tok.dep_ in _SUBJ_DEPS and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)


_CREDIT_WORDS = {"photo", "photograph", "image", "picture", "credit", "video"}
_AGENCY_WORDS = {"images", "photo", "photos"}  # "Getty Images", "AP Photo/Ann Lee", which the NER may call people
_CREDIT_REACH = 6  # tokens of names and separators between "Photo:" and the name it credits


def _credit(ent: Span) -> bool:
    """The name credits a picture ("Photo: NASA", "(Photo: Ann Lee, Getty Images)", "AP Photo"): no antecedent of
    he/she, "it" or "the company"."""
    if any(t.lower_ in _AGENCY_WORDS for t in ent):
        return True
    doc = ent.doc
    i = ent.start - 1
    while i > ent.start - _CREDIT_REACH and i > 0 and (doc[i].pos_ == "PROPN" or doc[i].text in (",", "/")):
        i -= 1
    return i > 0 and doc[i].text == ":" and doc[i - 1].lower_ in _CREDIT_WORDS


def _initials(name: str) -> str:
    """The acronym a name spells out: "EPA" of "the U.S. Environmental Protection Agency"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("U.S.", "US", "The"))


# Public bodies news names by acronym alone, without spelling them out (:func:`_recent_company`).
_PUBLIC_ACRONYMS = frozenset("""
    FBI CIA NSA DOJ DHS DOD DOE EPA IRS FDA CDC NIH FEMA ICE CBP TSA ATF DEA FCC FEC FTC SEC NASA USDA HHS HUD
    OMB CBO GAO NLRB FAA NTSB OSHA USPS NRC FDIC CFPB USAID NYPD LAPD FDNY NHS GCHQ MI5 MI6 MIT UCLA NYU
""".split())
# What names a law, which the NER tags as an organisation ("the Foreign Intelligence Surveillance Act").
_LAW_NOUNS = frozenset(("act", "amendment", "treaty", "accord", "accords"))
_NO_BUSINESS_HEADS = _PUBLIC_BODIES | _LAW_NOUNS  # heads of names that "the company" never means


def _public_acronyms(orgs: list[str]) -> set[str]:
    """Acronyms of public bodies the article spells out: "EPA" after "the U.S. Environmental Protection Agency",
    "OSHA" after "the Occupational Safety and Health Administration"; no company for "the company"."""
    initials = {_initials(o) for o in orgs if " " in o and _org_head(o.lower()) in _PUBLIC_BODIES}
    return {o for o in orgs if o.isalpha() and o.isupper() and o in initials}


def _called(ent: Span, nouns: set[str]) -> bool:
    """The article puts one of ``nouns`` right before the name or in apposition to it: "the emergency agency
    Fema", "security firm Tovik", "Tovik, a chemical maker", "a data firm, Tovik"."""
    root = ent.root
    return (any(c.lower_ in nouns and (c.dep_ == "appos" or c.dep_ == "compound" and c.i < ent.start)
                for c in root.children)
            or root.dep_ == "appos" and root.head.lower_ in nouns)


def _kind_called(ent: Span, nouns: set[str]) -> str | None:
    """Which of ``nouns`` the article calls a name it may misread as a person's: the noun right before it ("the firm
    Tovik"), right after it ("Tovik magazine") or in apposition right after it ("Tovik, a liberal magazine"; not
    "Tom Lind, director at Tovik, a data firm", which the parser may hang on Lind)."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in nouns and (before.head.i in range(ent.start, ent.end)
                                                          or root.head == before):
        return before.lower_
    if root.dep_ == "compound" and root.head.i == ent.end and root.head.lower_ in nouns:
        return root.head.lower_
    return next((c.lower_ for c in root.children if c.dep_ == "appos" and c.lower_ in nouns
                 and c.left_edge.i <= ent.end + 1), None)


def _document_subjects(doc: Doc, blocked: bytearray) -> list[Span]:
    """Singular subjects of a main clause, headed by a document noun and opened by an article ("an independent
    review of the Harbor Fund", "The report"; not "its research"), outside quotes."""
    return [doc[tok.left_edge.i : tok.right_edge.i + 1] for i in _subjects_tagged(doc, "NN")
            if (tok := doc[int(i)]).lower_ in _AUTHORED and not blocked[tok.idx]
            and doc[tok.left_edge.i].lower_ in _DEFINITE | _INDEFINITE and _main_clause(tok.head)]


_COUPLE_NOUNS = frozenset(("couple", "pair", "duo", "trio"))
_THEY_SINGULARS = _COUPLE_NOUNS | {"family"}  # singular nouns a later "they" means


def _subjects_tagged(doc: Doc, *tags: str) -> np.ndarray:
    """Indices of the subject tokens tagged one of ``tags``, in one vectorised look-up (symbol ids, not strings)."""
    subj = np.isin(doc.to_array("DEP").astype(np.uint64),
                   np.array([doc.vocab.strings[d] for d in _SUBJ_DEPS], dtype=np.uint64))
    tagged = np.isin(doc.to_array("TAG").astype(np.uint64), np.array([hash_string(t) for t in tags], dtype=np.uint64))
    return np.flatnonzero(tagged & subj)


def _main_clause(verb: Token) -> bool:
    """``verb`` heads its sentence (or a clause joined to it by "and"), not a report inside it: "Giuliani said
    the recording was short" makes "the recording" no antecedent."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _plural_subjects(doc: Doc, ents: list[Span], blocked: bytearray) -> list[tuple[int, str, SpeakerKind, bool]]:
    """People named by a plural common noun as a subject ("Senators blocked the motion. They also ..."), or by a
    family or couple ("The couple thanked the rescuers. They said ..."), as antecedents of a later "they"; found
    with one vectorised look-up of plural-noun subjects."""
    covered = _token_indices(ents)
    out: list[tuple[int, str, SpeakerKind, bool]] = []
    for i in _subjects_tagged(doc, "NNS", "NN"):
        tok = doc[int(i)]
        if (tok.i not in covered and not blocked[tok.idx]
                and (_singular(tok.lower_) in _PLURAL_PEOPLE if tok.tag_ == "NNS" else tok.lower_ in _THEY_SINGULARS)):
            phrase = doc[tok.left_edge.i : tok.i + 1]
            out.append((phrase.start_char, _description(phrase), "group", True))
    return out


_TITLE_ENDS = frozenset(("chief", "lady"))  # last words of titles that are no title alone ("Police Chief")
_TITLE_ALONE = _ANY_TITLE | _TITLE_ENDS  # words of a title, never a one-word name
_TITLE_OR_PERSON_NOUNS = _PERSON_NOUNS | _TITLE_ALONE
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _person_name(doc: Doc, start: int, end: int, spoke: bool) -> Span | None:
    """Tokens ``[start, end)`` as a PERSON span without its titles when something marks them as a person the NER
    may have missed or mislabelled: a personal title or honorific before the name ("Mayor Ana Ruiz", "Gov. Abbott",
    "Imam Darrow"), a noun of a person's trade before a name of two words or more ("chief economist Ana Ruiz"), a role
    or kin apposition ("Ana Ruiz, the mayor", "the mayor, Ana Ruiz", "his wife, Ana") or, with ``spoke``, being a two-
    to four-word subject of a reporting verb ("said Ana Ruiz"), two words opening with a common given name ("Sean
    Hannity") or, for one word, the words the article refers to it with (:func:`_personal`).
    Organisation and place words ("Party", "Inc.", "Station") veto."""
    titles = [i for i in range(start, end) if doc[i].lower_ in _PERSON_TITLES or i == start and (
        doc[i].lower_ in _HONORIFICS)]
    noun = doc[start - 1] if start else None
    titled = bool(titles) or noun is not None and (noun.lower_ in _PERSON_TITLES or (  # "chief economist Ana Ruiz"
        noun.tag_ == "NN" and noun.lower_ in _ROLE_NOUNS and end - start >= 2 and noun.head.i in range(start, end)))
    # nor the words of a title ("Police Chief", "First Lady") or a day ("Thursday Ana Ruiz") run into the name
    start = max([i + 1 for i in titles] + [i + 1 for i in range(start, end - 1) if doc[i].lower_ in _TITLE_ENDS],
                default=start)
    while start < end and doc[start].lower_ in _WEEKDAYS:
        start += 1
    if start >= end or end - start > 4:
        return None
    name = doc[start:end]
    if any(t.lower_ in _ORG_WORDS or t.lower_ in _NAMESAKE_BODIES or not t.text[:1].isupper()
           for t in name if not t.is_punct):
        return None
    if len(name) == 1 and name[0].lower_ in _TITLE_ALONE:
        return None  # "Chief" of "The Navy's top officer, Chief of Naval Operations Adm. ...": a title
    root = name.root
    # the role before it: "the mayor, Ana Ruiz," (and "chief strategist, Marit Olsen", however parsed)
    before = [root.head] if root.dep_ == "appos" else []
    before += [doc[start - 2]] if start > 1 and doc[start - 1].text == "," else []
    role = any(c.dep_ == "appos" and c.lower_ in _ROLE_NOUNS for c in root.children) or any(
        b.lower_ in _ROLE_NOUNS and not (_reports(doc, end) and any(c.dep_ == "det" for c in b.children))
        or b.lower_ in _KIN_GENDER and root.dep_ == "appos" for b in before)  # "his wife, Ana,"
    spoke = spoke and len(name) >= 2 and root.dep_ in _SUBJ_DEPS and root.head.lower_ in ALL_FORMS
    # "Sean Hannity", "Dwight D. Eisenhower" tagged ORG
    given = name[0].lower_ in _GIVEN_NAMES and (len(name) == 2 or len(name) == 3 and _INITIAL.fullmatch(name[1].text))
    return Span(doc, start, end, label="PERSON") if titled or role or spoke or given or _personal(name) else None


_REFLEXIVES = frozenset(("himself", "herself"))
_INITIAL = re.compile(r"[A-Z]\.")


def _reports(doc: Doc, i: int) -> bool:
    """A verb follows at ``i`` (after adverbs): after a whole noun phrase, the name before it is the verb's subject,
    however parsed ("... a trial for the former quarterback, ESPN reported" is no apposition; but "Harbor Bank chief
    economist, Lena Brandt noted" is one)."""
    while i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i < len(doc) and doc[i].tag_.startswith("VB")


def _personal(name: Span) -> bool:
    """A one-word name the article refers to as only a person can be referred to: by a relative "who" ("Okafor, who
    chairs the committee, said", "said Varga, who spoke from Oslo"), a reflexive right after it ("Provo
    himself said"), an age ("Jones, 54, said") or, as the subject of a reporting verb, by "his" or "her" in the
    verb's own phrase ("Hale wrote in his newsletter", "Okafor said on her blog"). Not several words ("Goldman
    Sachs, who declined to comment" is a company), a word after an article ("a Texan and a Californian, who" are no
    names) nor a place ("a nurse who worked in Ghana, who has accused ...": the parse may hang the nurse's "who" on
    it), unless that "place" is a reporting verb's subject ("Rivera, who chairs the committee, warned", which the
    NER reads as a place)."""
    tok, doc = name[0], name.doc
    if len(name) != 1 or not (tok.is_alpha and tok.is_title and tok.tag_ == "NNP") or (
            tok.ent_type_ in _PLACE_LABELS and not (tok.dep_ in _SUBJ_DEPS and tok.head.lower_ in ALL_FORMS)):
        return False
    if tok.i and doc[tok.i - 1].tag_ == "DT":
        return False
    verb = tok.head
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _REFLEXIVES or any(_age(c) for c in tok.rights)
            or any(c.dep_ == "relcl" and c.i > tok.i and any(g.lower_ == "who" and g.dep_ in _SUBJ_DEPS
                                                             for g in c.children) for c in tok.children)
            or tok.dep_ in _SUBJ_DEPS and verb.lower_ in ALL_FORMS  # "Time called her ... for her work": hers
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children) and any(
                p.dep_ == "poss" and p.lower_ in ("his", "her") for c in verb.children if c.dep_ == "prep"
                for o in c.children if o.dep_ == "pobj" for p in o.children))


# A surname with a prefix and an apostrophe ("O’Neill", "D’Souza"): with a curly apostrophe, which the parser's
# training text lacks, the tagger reads it as an adverb or a plural noun and the NER leaves it out of the name.
_PREFIXED_SURNAME = re.compile(r"[A-Z]['’][A-Z][a-z]+")


def _complete_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person entity the NER cut short takes the capitalised proper noun right after it when the article
    elsewhere uses that word alone as a subject or possessor, as news uses surnames ("Attorney General Lena |
    Brandt testified ... Brandt said" -> "Lena Brandt"), and a prefixed surname right after it always ("Terri |
    O’Neill") or after a particle ("Jean-Yves Le | Drian"); never a title, an organisation's word ("Clinton
    Foundation") or another entity."""
    covered = _token_indices(ents)
    after: dict[str, set[str]] | None = None
    out = []
    for e in ents:
        nxt = doc[e.end] if e.end < len(doc) else None
        if (e.label_ in _PERSON_LABELS and nxt is not None and e.end not in covered and "\n" not in e[-1].whitespace_
                and (len(e) < 3 and _PREFIXED_SURNAME.fullmatch(nxt.text) or e[-1].lower_ in _NAME_PARTICLES
                     and nxt.tag_ == "NNP" and nxt.is_title and nxt.lower_ not in _ANY_TITLE)):
            e = Span(doc, e.start, e.end + 1, label=e.label_)
        elif (e.label_ in _PERSON_LABELS and len(e) < 3 and nxt is not None and e.end not in covered
                and nxt.tag_ == "NNP" and nxt.text[:1].isupper() and "\n" not in e[-1].whitespace_
                and nxt.lower_ not in _ORG_WORDS and nxt.lower_ not in _ANY_TITLE):
            if after is None:  # proper nouns used as a subject or possessor -> the words before them
                after = {}
                for i in np.flatnonzero(doc.to_array("TAG").astype(np.uint64) == hash_string("NNP")):
                    if doc[int(i)].dep_ in _SUBJ_DEPS or doc[int(i)].dep_ == "poss":
                        after.setdefault(doc[int(i)].text, set()).add(doc[int(i) - 1].text if i else "")
            if after.get(nxt.text, set()) - {e[-1].text}:
                e = Span(doc, e.start, e.end + 1, label=e.label_)
        out.append(e)
    return out


def _token_indices(spans: Sequence[Span]) -> set[int]:
    """Indices of the tokens the spans cover."""
    return {i for e in spans for i in range(e.start, e.end)}


def _split_org_tails(ents: list[Span]) -> list[Span]:
    """A person entity that ends in an organisation of two or more words the article names elsewhere is a
    person before that organisation: "the Obama White House", tagged PERSON, is "Obama" and "White House";
    read whole, every later "Obama" and "White House" would become the person "Obama White House"."""
    orgs = {_name_text(_name_tokens(e)).lower() for e in ents if e.label_ in _ORG_LABELS}
    orgs = {o for o in orgs if " " in o} | {"white house"}  # named or not: "the Trump White House"
    out: list[Span] = []
    for e in ents:
        toks = _name_tokens(e) if e.label_ in _PERSON_LABELS else []
        cut = next((k for k in range(1, len(toks) - 1) if _name_text(toks[k:]).lower() in orgs), None)
        if cut is None:
            out.append(e)
        else:
            out += [Span(e.doc, e.start, toks[cut].i, label=e.label_), Span(e.doc, toks[cut].i, e.end, label="ORG")]
    return out


def _split_possessors(ents: list[Span]) -> list[Span]:
    """An entity "X's Y" whose Y is one of the article's people is X and that person: the NER reads "Harbor
    College's Okafor" (the college's pollster, Gary Okafor) as one organisation; but "the Women's March" names
    nobody called March."""
    people = [[t.text for t in e] for e in ents if e.label_ in _PERSON_LABELS]
    out: list[Span] = []
    for e in ents:
        pos = next((t.i for t in e[1:-1] if t.tag_ == "POS"), None) if e.label_ not in _PERSON_LABELS else None
        rest = [t.text for t in e.doc[pos + 1 : e.end]] if pos is not None else []
        if rest and any(len(p) > len(rest) and _contains_name(p, rest) for p in people):
            out += [Span(e.doc, e.start, pos, label=e.label_), Span(e.doc, pos + 1, e.end, label="PERSON")]
        else:
            out.append(e)
    return out


def _join_split_names(ents: list[Span]) -> list[Span]:
    """A one- or two-word person span and a one-word one right after it, with nothing between, are one name: the
    NER tags "Haldor" of "Mayor Rune Haldor" and the title finds "Rune"; it splits "Rep. Sheila Jackson | Lee"
    (sorted spans in, sorted spans out)."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ in _PERSON_LABELS and e.label_ in _PERSON_LABELS and len(prev) <= 2
                and len(e) == 1 and prev.end == e.start and "\n" not in prev[-1].whitespace_ and not prev[-1].is_space):
            out[-1] = Span(e.doc, prev.start, e.end, label=prev.label_)
        else:
            out.append(e)
    return out


def _split_pairs(ents: list[Span]) -> list[Span]:
    """A person span that is two full names joined by a hyphen is two names: "a Vladimir Putin-Donald Trump
    meeting" would otherwise make "Vladimir Putin-Donald Trump" the fullest name of every "Trump". Only where
    both sides are full names and the second opens with a given name: "Jean-Claude Juncker" stays one."""
    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[2:-2] if t.text in _HYPHENS and not t.whitespace_ and not e.doc[t.i - 1].whitespace_
                    and e.doc[t.i + 1].lower_ in _GIVEN_NAMES and e.doc[t.i - 2].is_title),
                   None) if e.label_ in _PERSON_LABELS else None
        if cut is not None:
            out += [Span(e.doc, e.start, cut, label=e.label_), Span(e.doc, cut + 1, e.end, label=e.label_)]
        else:
            out.append(e)
    return out


_HYPHENS = frozenset("-‐–")


def _split_at_commas(ents: list[Span]) -> list[Span]:
    """An entity the NER ran across a comma between two phrases is two names: "(In a statement to) Axios, Walmart
    (urged ...)" is Walmart speaking to Axios, where each side hangs on a word outside the entity. A list, a
    place's state or an apposition hangs one side on the other and stays one ("Morgan, Lewis and Bockus",
    "Springfield, Ill.")."""
    def inside(e: Span, part: Span) -> bool:
        return e.start <= part.root.head.i < e.end

    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[1:-1] if t.text == "," and not (
            inside(e, e.doc[e.start : t.i]) or inside(e, e.doc[t.i + 1 : e.end]))), None)
        if cut is None:
            out.append(e)
        else:
            out += [Span(e.doc, e.start, cut, label=e.label_), Span(e.doc, cut + 1, e.end, label=e.label_)]
    return out


def _cut_epithets(ents: list[Span]) -> list[Span]:
    """A person's name without a word run into it before a given name, where the article also gives the name
    without it: a nickname ("Slippery James Lind" of a quoted post, with "James Lind") or a headline's verb
    ("Activists Heckle Tom Hale"), which would otherwise be the fullest name of every "Lind". Not an initial ("H.
    Ross Lind") nor a name with a prefix ("Omar Al-Rashid", "Ayman al-Rashid")."""
    names = {e.text for e in ents if e.label_ in _PERSON_LABELS}
    return [Span(e.doc, e.start + 1, e.end, label=e.label_) if e.label_ in _PERSON_LABELS and len(e) > 2
            and e[0].is_alpha and len(e[0]) > 1 and e[0].lower_ not in _GIVEN_NAMES
            and e[1].lower_ in _GIVEN_NAMES and e[1].is_title and e[1].whitespace_ and e[1:].text in names else e
            for e in ents]


_BODY_HEADS = frozenset("state party caucus coalition alliance league movement front brotherhood authority".split())
_CAUSE_JOINERS = frozenset(("of", "the", "&"))  # inside a cause's name; not "and", which joins two names


def _org_names_cut_short(doc: Doc) -> list[Span]:
    """The document's entities, where a nationality or party the small NER ends an organisation's name after is
    that organisation, with any entity inside it: a cause after "for" ("Americans for Lower Rents", "Americans
    United for Clean Ports"; the NER reads "Americans" and maybe an ORG "Lower Rents") or a body's head noun ("the
    Islamic State"). Read as the nationality, "Americans" would be the group speaking and a stance target. Not a
    title or a group ("Russian President", "Asian Americans"), a name after "for" ("Republicans for Lind"), a
    head noun that more name follows ("Democratic State Sen. ..."), nor a line in title case. Likewise an
    organisation the NER starts after a capitalised preposition ("Doctors Without | Borders")."""
    out: list[Span] = []
    for e in doc.ents:
        if out and e.start < out[-1].end:
            continue
        end = _org_name_end(e) if e.label_ in _GROUP_LABELS and not _headline(e[0]) else None
        start = _org_name_start(e) if e.label_ == "ORG" and not _headline(e[0]) else None
        start = e.start if start is None or out and start < out[-1].end else start
        out.append(Span(doc, start, end or e.end, label="ORG") if end or start != e.start else e)
    return out


def _org_name_start(ent: Span) -> int | None:
    """Where an organisation's name starts that the NER cut after a capitalised preposition inside a sentence:
    "Doctors Without | Borders", "Reporters Without | Borders" (the capitals of the words before it, on its line)."""
    doc, k = ent.doc, ent.start - 1
    if k < 1 or not (doc[k].tag_ == "IN" and doc[k].is_title and not doc[k].is_sent_start):
        return None
    start = k
    while (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].tag_.startswith("NN")
           and "\n" not in doc[start - 1].whitespace_):
        start -= 1
    return start if start < k else None


def _org_name_end(ent: Span) -> int | None:
    """Where the organisation name a nationality or party entity opens ends (see :func:`_org_names_cut_short`)."""
    doc, i = ent.doc, ent.end

    def word(k: int) -> bool:  # a capitalised word of the name, on the entity's line
        return (k < len(doc) and doc[k].is_title and doc[k].tag_ in ("NNP", "NNPS") and doc[k].ent_type_ != "PERSON"
                and "\n" not in doc[k - 1].whitespace_)

    if word(i) and doc[i].lower_ in _BODY_HEADS and not word(i + 1):
        return i + 1
    i += doc[i].text == "United" if i < len(doc) else 0
    if i + 1 >= len(doc) or doc[i].lower_ != "for" or not word(i + 1):
        return None
    end = k = i + 1
    while k < len(doc) and (word(k) or doc[k].lower_ in _CAUSE_JOINERS and word(k + 1)):
        k += 1
        end = k if word(k - 1) else end
    return end


def _as_nationality(ent: Span) -> Span:
    """A one-word adjective tagged as a place is a nationality ("Ukrainian officials"): the officials do not
    speak for a place called "Ukrainian". (Not an organisation: the tagger also reads "Labour" or "USCIS" before a
    noun as an adjective.)"""
    if ent.label_ == "GPE" and len(ent) == 1 and ent[0].tag_ == "JJ":
        return Span(ent.doc, ent.start, ent.end, label="NORP")
    return ent


def _as_person(ent: Span) -> Span:
    """An organisation/place entity with a personal title or role apposition is a person ("Gov. Abbott" tagged
    ORG); a person entity loses its titles ("Mayor Ana Ruiz" -> "Ana Ruiz")."""
    if ent.label_ in _GROUP_LABELS or ent.label_ in _PERSON_LABELS and ent[0].lower_ not in _PERSON_TITLES:
        return ent  # a NORP in apposition describes a person ("the governor, a Republican"), it does not name one
    doc = ent.doc
    if ent.label_ in _PLACE_LABELS and ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
            doc[ent.end + 1].ent_type_ in _PLACE_LABELS):  # "in Halden, Ohio, the Republican nominee ...": a place
        return ent
    return _person_name(doc, ent.start, ent.end, spoke=False) or _titled_name(ent) or ent


_PLACE_NOUNS = {"city", "town", "village", "suburb", "county", "state", "province", "region", "district", "capital",
                "municipality", "island", "country", "borough", "township", "neighborhood", "neighbourhood"}


def _misread_people(ents: list[Span]) -> list[Span]:
    """Person entities the article shows to be places, with every mention of the same words: a place noun's "of"
    ("this suburb of Águeda"), a place noun in apposition ("Águeda, a small town"; not a possessor, "Carl
    Vik, the country’s former prime minister"), a country or state after a comma ("Porto Alegre, Brazil,").
    The small NER reads foreign place names as people, and each then answers a later "she" or "he". Never a
    name that opens with a common given name. A few groups read as people ("Al Qaeda"), bodies named after a
    person ("George Washington University") and people or nationalities the article calls a business or an outlet
    ("security firm Tovik", "the consulting firm Lind Hale", "Tovik magazine", then every "Tovik") are
    organisations, and a plural noun of people read as a person ("Pollsters say ...", "Aides") or a plural name
    (:func:`_plural_name`) a group."""
    doc = ents[0].doc if ents else None

    def place(e: Span) -> bool:
        root = e.root
        comma = e.end < len(doc) and doc[e.end].text == ","
        nxt = next((g for g in ents if g.start == e.end + 1), None) if comma else None
        return e[0].lower_ not in _GIVEN_NAMES and (
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS
            or any(c.dep_ == "appos" and c.lower_ in _PLACE_NOUNS and not any(g.dep_ == "case" for g in c.children)
                   for c in root.children)
            or nxt is not None and nxt.label_ == "GPE" and nxt.end < len(doc) and doc[nxt.end].text in (",", ".", ")"))

    def firm(e: Span) -> bool:
        return e[0].lower_ not in _GIVEN_NAMES and _kind_called(e, _OUTLET_NOUNS) is not None

    places = {e.text for e in ents if e.label_ in _PERSON_LABELS and place(e)}
    plurals = {e.text for e in ents if e.label_ in _PERSON_LABELS and _plural_name(e)}
    misread = _PERSON_LABELS | _GROUP_LABELS
    firms = {e.text for e in ents if e.label_ in misread and firm(e)}
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ in _PERSON_LABELS and e.text in places
            else Span(doc, e.start, e.end, label="NORP") if e.label_ in _PERSON_LABELS and (
                e.text in plurals or len(e) == 1 and e.text[-1:] == "s"
                and _singular(e[0].lower_) in _PERSON_NOUNS | _PEOPLE_NOUNS)
            else Span(doc, e.start, e.end, label="ORG") if e.label_ in _PERSON_LABELS and (
                _group_read_as_person(e) or len(e) > 1 and e[-1].lower_ in _NAMESAKE_BODIES)
            or e.label_ in misread and e.text in firms
            else e for e in ents]


_PLURAL_DETERMINERS = frozenset("many most some few several all both other these those".split())


def _plural_name(ent: Span) -> bool:
    """A one-word "name" in "s" the sentence shows to be plural: people of a place or a kind the NER reads as a
    person ("Many Britons voted", "four Kashmiris", "Libertarians, who disagree", "Gen Zers show up"). Each would
    otherwise answer a later "he". A plural determiner or a number before it, or a present-tense verb that agrees
    with a plural, tells it (a surname takes "says": "Jones says")."""
    root = ent.root
    words = [t for t in ent if t.dep_ != "compound"]
    if len(words) != 1 or not root.text.endswith("s") or root.text.endswith("ss") or any(
            c.dep_ == "conj" for c in root.children):  # "Sanders and Warren want"
        return False
    before = [c for c in root.children if c.i < root.i]
    verb = root.head if root.dep_ in _SUBJ_DEPS else None
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    return (any(c.lower_ in _PLURAL_DETERMINERS and c.dep_ in ("amod", "det") or c.dep_ == "nummod" for c in before)
            or verb is not None and verb.tag_ == "VBP"
            or relative is not None and relative.tag_ == "VBP"
            and any(c.lower_ in _RELATIVE and c.dep_ in _SUBJ_DEPS for c in relative.children))


def _misread_orgs(ents: list[Span]) -> list[Span]:
    """Organisation and place entities the article shows to be something else: a two-word name whose surname the
    NER reads as a person elsewhere is that person ("NBC’s | Megyn Kelly" tagged ORG, then "Kelly said"), so is a
    one-word name after a common given name left out of any entity ("Ana | Varga", only "Varga" tagged ORG), and a
    place acronym that spells out an organisation the article names is that organisation ("NRA" after "the National
    Rifle Association", tagged GPE, which no later "the group" or "they" could mean)."""
    surnames = {e.text for e in ents if e.label_ in _PERSON_LABELS and len(e) == 1}
    name_words = {t.text for e in ents if e.label_ in _PERSON_LABELS for t in e}  # not "Trump Cuba" of "Cuba" said
    spelled = {_initials(e.text) for e in ents if e.label_ == "ORG" and len(e) > 2}

    def person(e: Span) -> bool:
        return (len(e) == 2 and e[1].text in surnames and e[0].text not in name_words
                and all(t.is_alpha and t.is_title and t.tag_ == "NNP" and t.lower_ not in _ORG_WORDS
                        and t.lower_ not in _MEDIA_WORDS and t.lower_ not in _PLATFORMS for t in e))

    def given(e: Span) -> bool:
        first = e.doc[e.start - 1] if e.start else None
        return (len(e) == 1 and first is not None and first.lower_ in _GIVEN_NAMES and first.tag_ == "NNP"
                and not first.ent_type_ and first.whitespace_ == " " and e[0].is_alpha and e[0].is_title
                and e[0].lower_ not in _ORG_WORDS)

    return [Span(e.doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and person(e)
            else Span(e.doc, e.start - 1, e.end, label="PERSON") if e.label_ == "ORG" and given(e)
            else Span(e.doc, e.start, e.end, label="ORG") if e.label_ in _PLACE_LABELS and len(e) == 1
            and e.text.isalpha() and e.text.isupper() and len(e.text) > 2 and e.text in spelled
            else e for e in ents]


# Last words of bodies named after people ("George Washington University", "Tom Lind Foundation", "Hale Law Firm"),
# which the small NER reads as the person: then every "Washington" or "Lind" of the article becomes that body. No
# surnames here ("Hall", "Park", "Lake" and "Post" are).
_NAMESAKE_BODIES = frozenset({"university", "college", "institute", "institution", "foundation", "center", "centre",
                              "school", "academy", "hospital", "airport", "stadium", "museum", "library", "society",
                              "fund", "firm", "pac", "farm", "lab", "laboratory"})


# Groups whose names open like a given name ("Al"), which the small NER tags as people, each then a "he".
_GROUPS_READ_AS_PEOPLE = frozenset({"al qaeda", "al qaida", "al jazeera", "al shabaab", "al nusra"})


def _group_read_as_person(ent: Span) -> bool:
    """``ent`` is one of those groups, however hyphenated ("al-Qaeda", "the al-Shabaab")."""
    return re.sub(r"[-‑]", " ", ent.text.lower()).removeprefix("the ") in _GROUPS_READ_AS_PEOPLE


def _titled_name(ent: Span) -> Span | None:
    """The person at the end of an organisation entity that the NER ran on from a title or a possessor: "(Speaker
    of) the House of Representatives Nora Lind", "(Secretary of) State Tom Hale", "(Speaker for) the House Nora
    Lind", "(Ambassador to) the U.N. Nora Lind", "The Herald's Tom Hale" -> the name from its given name on (never
    an organisation named after a person: "(to) the Nora Lind Foundation")."""
    toks = _name_tokens(ent)
    k = next((k for k in range(1, len(toks) - 1) if toks[k].lower_ in _GIVEN_NAMES), None)
    if (k is None and len(toks) > 2 and ent.doc[toks[-2].i - 1].tag_ == "POS"  # a possessor's person, given and
            and all(t.tag_ == "NNP" for t in toks[-2:])):  # surname, needs no common given name: "Vox’s | Dara Lind"
        k = len(toks) - 2  # (not "Dreyer’s Grand Ice Cream", "the House’s Foreign Affairs")
    if k is None or len(toks) - k > 3 or not all(t.is_alpha and t.is_title and t.lower_ not in _ORG_WORDS
                                                 for t in toks[k:]):
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    owned = ent.doc[toks[k].i - 1].tag_ == "POS"  # "Vox’s Dylan Scott" read as one organisation
    if not (any(t.lower_ == "of" for t in toks[:k]) or before in ("of", "for", "to") or before in _PERSON_TITLES
            or owned):
        return None
    return Span(ent.doc, toks[k].i, toks[-1].i + 1, label="PERSON")


def _proper_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Person names the NER missed: runs of proper nouns outside any entity with person evidence
    (:func:`_person_name`), found with one vectorised look-up for the proper nouns."""
    tags = doc.to_array("TAG").astype(np.uint64)
    hits = np.flatnonzero(tags == hash_string("NNP"))
    covered = _token_indices(ents)
    runs: list[list[int]] = []
    for i in (int(h) for h in hits):
        if i in covered:
            continue
        if runs and runs[-1][-1] == i - 1 and "\n" not in doc[i - 1].whitespace_:
            runs[-1].append(i)
        else:
            runs.append([i])
    found = (_person_name(doc, run[0], run[-1] + 1, spoke=True) for run in runs
             if not (run[-1] + 1 < len(doc) and doc[run[-1] + 1].text == "/"))  # a photo credit: "Tom Lind/AP"
    return [span for span in found if span is not None] + _misread_surnames(doc, covered)


def _misread_surnames(doc: Doc, covered: set[int]) -> list[Span]:
    """A surname opening a sentence that the tagger read as an adjective or a plural ("Lopez, the team's top
    scorer, said", "Hargreaves, his deputy, said"), which no run of proper nouns holds: a person where a noun of one
    person renames it after a comma (plurals of people have no singular person in apposition, "Officials, the deputy
    said,"; a label's colon is no apposition, "Analysis: Jane Doe, correspondent")."""
    if not doc.has_annotation("DEP"):
        return []  # an unparsed text (too long to parse): no appositions to tell
    firsts = (s[0] for s in doc.sents)
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in firsts
            if t.tag_ in ("JJ", "NN", "NNS") and t.is_title and t.is_alpha and t.i not in covered
            and t.lower_ not in _TITLE_OR_PERSON_NOUNS and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
            and any(c.dep_ == "appos" and c.tag_ == "NN" and c.lower_ in _PERSON_OR_KIN for c in t.children)]


def _name_mentions(doc: Doc, full_names: list[list[str]], ents: list[Span]) -> list[Span]:
    """Proper nouns outside any entity that repeat a multi-word person name of the article ("Lind" after
    "Piotr Lind", and "Sanders" of "Bernie Sanders", which the tagger reads as a plural), found with one vectorised
    look-up; not a word of another name ("the Lind Institute")."""
    words = {w for f in full_names if len(f) > 1 for w in f}
    if not words:
        return []
    # a surname the tagger reads as a plural, after a given name ("Dean Spiliotes"; not "Glocker Moms")
    plural_surnames = {f[-1] for f in full_names if len(f) > 1 and f[0].lower() in _GIVEN_NAMES}
    orth = doc.to_array("ORTH").astype(np.uint64)
    hits = np.flatnonzero(np.isin(orth, np.array([hash_string(w) for w in words], dtype=np.uint64)))
    covered = _token_indices(ents)

    def other_name(i: int) -> bool:  # a capitalised word of another name, not a title ("Lt. Lucas")
        return (0 <= i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_alpha and doc[i].text not in words
                and doc[i].lower_.rstrip(".") not in _ANY_TITLE)

    return [Span(doc, int(i), int(i) + 1, label="PERSON") for i in hits
            if int(i) not in covered and (doc[int(i)].tag_ == "NNP" or doc[int(i)].tag_ == "NNPS"
                                          and doc[int(i)].text in plural_surnames)
            and not other_name(int(i) - 1)
            and not other_name(int(i) + 1)]


def _as_written(name: str) -> str:
    """A name a transcript writes in capitals as a name is written ("TOM HALE" -> "Tom Hale")."""
    return name.title() if " " in name and name.isupper() else name


# A transcript's speaker label: "TOM HALE (FOX BUSINESS HOST):", "TOM HALE:".
_TRANSCRIPT_LABEL = re.compile(rf"({_CAPS_NAME})( \([^()]*\))?:?")


def _transcript_speaker(mention: Span, idx: EntityIndex) -> Speaker | None:
    """The person a transcript's label names, not the role in brackets after the name (which the NER reads as an
    organisation: "NORA QUIST (CO-HOST):" is no "CO-HOST"). A label without a role names a person where it opens
    a line before a colon with a given name ("TESS ORLANDO: ..."): the small NER, which learned names in mixed
    case, reads such capitals as a group or an organisation, or cuts them ("JORGE | RAMOS")."""
    short = idx.labels.get(mention.text.split(" (")[0].strip())
    if short is not None:  # a chat's "lena", "lena (Lena Brandt, senior writer)", an interview's "LB"
        return _speaker(short, mention, "person")
    label = _TRANSCRIPT_LABEL.fullmatch(mention.text.strip())
    if label is None:
        return None
    words = _untitled(label.group(1).split())
    if not label.group(2) and not (words[0].lower() in given_names.sexes() and _opens_turn(mention)):
        return None
    name = _as_written(" ".join(words))
    known = next((e[1] for e in idx.ents if e[2] == "person" and e[1].lower() == name.lower()), name)
    return _speaker(known, mention, "person")


def _contains_name(full: list[str], part: list[str]) -> bool:
    """``part`` names the same person as ``full``: same surname, or a single first name / surname; a name in
    capitals (transcripts: "TRUMP:") matches whatever its case, and so does a surname's prefix at the start of a
    sentence ("De Blasio", "DeVries" for "Bill de Blasio", "Paul deVries")."""
    if not part:
        return False
    if all(w.isupper() and len(w) > 1 for w in part):
        full, part = [w.upper() for w in full], [w.upper() for w in part]
    full, part = [_prefix_case(w) for w in full], [_prefix_case(w) for w in part]
    if len(part) == 1:
        return part[0] in full
    return full[-1] == part[-1] and all(w in full for w in part)


def _prefix_case(word: str) -> str:
    """A surname prefix in lower case ("De" -> "de", "DeVries" -> "deVries"), other words as written."""
    prefixed = word.lower() in _NAME_PARTICLES or word[1:] != word[1:].lower() and not word.isupper()
    return word[:1].lower() + word[1:] if prefixed else word


_JUST_SPOKE_TOKENS = 60  # about two sentences: further back, the article's first bearer of the surname is likelier


def _just_spoke(spoke: dict[str, tuple[tuple[str, ...], int]], words: list[str], at: int) -> tuple[str, ...] | None:
    """The full name that spoke just before a bare surname at token ``at`` (see :func:`_full_name`)."""
    if len(words) != 1 or words[0] not in spoke:
        return None
    full, end = spoke[words[0]]
    return full if at - end <= _JUST_SPOKE_TOKENS else None


def _full_name(full_names: list[list[str]], words: list[str], gender: str | None = None,
               relatives: dict[tuple[str, ...], str | None] | None = None, titled: bool = False,
               recent: tuple[str, ...] | None = None) -> list[str] | None:
    """The article's full name for a person mention. One word is read as a surname first, as news uses them:
    "Trump" is "Donald Trump", not the "Trump Donald" a scraped link list ("President Trump Donald John
    Trump...") put before it; then by the gender of the mention's title ("Mr. Castell" of John and Mary Castell),
    and none of the other gender; among the rest, ``recent``, the bearer who spoke just before ("Mohamed Abdeslam
    told RTBF ... Abdeslam said" of Salah and Mohamed Abdeslam). A surname without a courtesy title (``titled``) is
    none of ``relatives`` (named as a namesake's kin, with the kin word's sex): "Obama" of "first lady Michelle
    Obama" is someone else, though "Mrs. Obama" is she, and "Mr. Trump" is not "first daughter Ivanka Trump"."""
    relatives = relatives or {}

    def sex(f: list[str]) -> str | None:
        return _given_gender(f) or relatives.get(tuple(f))

    found = [f for f in full_names if _contains_name(f, words)]
    if len(words) == 1:  # stable: article order among equals
        found.sort(key=lambda f: (f[-1].upper() != words[0].upper(), gender is not None and sex(f) not in (
            None, gender), tuple(f) != recent))
        if found and (gender is not None and sex(found[0]) not in (None, gender)
                      or not titled and tuple(found[0]) in relatives and found[0][-1] == words[0]):
            return None  # "Mr. Castell" where the article names only Mary Castell: someone else
    return found[0] if found else None


def _namesakes_kin(ent: Span) -> str | None:
    """The kin word naming a person as the relative of someone of the same surname, whom the bare surname
    ("Lind", "President Lind") then means, though the article may never give that one's full name: "lady" of
    "First lady Ana Lind", "daughter" of "first daughter Ana Lind" and "Ana Lind, Tom Lind's daughter". Not
    "former first lady Ana Lind" (she may have an office of her own since), nor "his daughter, Ana Lind" (whose
    "his" may bear another name)."""
    doc, root = ent.doc, ent.root
    near = [t for t in doc[max(ent.start - 4, 0) : ent.start] if t.head.i in range(ent.start, ent.end)]
    near += [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if ent.start and doc[ent.start - 1].lower_ in _KIN_GENDER:  # the parse may hang it on a conjunct before: "Tom
        near.append(doc[ent.start - 1])  # Lind and first lady Ana Lind"
    for t in near:
        first = t.i > 0 and doc[t.i - 1].lower_ in ("first", "second") and "former" not in {
            w.lower_ for w in doc[max(t.i - 3, 0) : t.i]}
        if t.lower_ in _KIN_GENDER and first or t.lower_ in _KIN and any(
                w.text == ent[-1].text for w in t.subtree if not ent.start <= w.i < ent.end):
            return t.lower_
    return None


def _given_gender(full: list[str], records: bool = True) -> str | None:
    """The sex of the name opening ``full``: from the lists above, else (``records``), where a surname follows it,
    from birth records (:mod:`~stancekit.extract.given_names`; a name alone may be a surname: "Price said")."""
    given = full[0].lower()
    if given in _FEMALE_NAMES or given in _MALE_NAMES:
        return "f" if given in _FEMALE_NAMES else "m"
    return given_names.sexes().get(given) if records and len(full) > 1 else None


_PARTY_STATE = re.compile(r"[RD]-[A-Z][A-Za-z.]*")
_PARTY_AFTER = re.compile(r"\s*[(,]\s*([RD])(?:-|\.,|,)")
_PARTY_APPOSITION = re.compile(r",\s+an?\s+(?:[A-Z][\w.]*\s+){0,2}(Republican|Democrat)\b")  # ", a Utah Republican"
_PARTY_WORDS = {"republican": "republican", "gop": "republican", "democrat": "democrat", "democratic": "democrat"}


def _party(ent: Span, text: str) -> str | None:
    """The party a person mention states: "Ana Ruiz (D-N.M.)", "Ruiz, R-Ky.,", "Ruiz, a Utah Republican,",
    "Republican Sen. Ana Ruiz"."""
    m = _PARTY_AFTER.match(text, ent.end_char)
    if m:
        return "republican" if m.group(1) == "R" else "democrat"
    m = _PARTY_APPOSITION.match(text, ent.end_char)
    if m:
        return m.group(1).lower()
    sent_start = ent.sent.start if ent.doc.has_annotation("SENT_START") else 0
    before = ent.doc[max(ent.start - 3, sent_start) : ent.start]
    cut = max((t.i + 1 for t in before if t.is_punct), default=before.start)  # not "... than Democratic. And Lind"
    return next((_PARTY_WORDS[t.lower_] for t in reversed(ent.doc[cut : ent.start]) if t.lower_ in _PARTY_WORDS), None)


def _title_gender(ent: Span) -> str | None:
    """"Mr. Castell" -> "m": the gender a courtesy title right before (or inside) a person mention states."""
    words = {t.lower_ for t in ent.doc[max(ent.start - 1, 0) : ent.end]}
    return "f" if words & _FEMALE_TITLES else "m" if words & _MALE_TITLES else None


def _couples(people: list[tuple[Span, list[Token]]]) -> dict[int, list[str]]:
    """"John and Mary Castell": a lone given name coordinated with a full name shares its surname (and is not
    completed to another John of the article); the second given name may be a rarer one ("John and Natalie
    Lind"). Keyed by the given name's entity start."""
    out: dict[int, list[str]] = {}
    for (e, toks), (f, ftoks) in zip(people, people[1:], strict=False):
        if (len(toks) == 1 and len(ftoks) >= 2 and f.start == e.end + 1 and e.doc[e.end].lower_ in ("and", "&")
                and toks[0].lower_ in _GIVEN_NAMES and (ftoks[0].lower_ in _GIVEN_NAMES or len(ftoks) == 2
                                                        and ftoks[0].is_alpha and ftoks[0].is_title)):
            out[e.start] = [toks[0].text, *(t.text for t in ftoks[1:])]
    return out


def _org_name(orgs: list[str], short: str, name_words: set[str]) -> str:
    """The fullest organisation name ``short`` is a short form of (:func:`_contains_words`). A one-word head
    takes a person's name ("the Foundation" of the "Rask Foundation"); a name of several words is already
    whole, and a person's name before it marks an era, not another name ("White House" is not the
    "Obama White House")."""
    one_word = len(short.split()) == 1
    return next((o for o in orgs if _contains_words(o, short)
                 and (one_word or not name_words & set(o.split()) - set(short.split()))), short)


def _nationality_adjective(ent: Span) -> bool:
    """A group entity used as an adjective ("Democratic voters", "a Chinese company", "those who lean
    Democratic"): it names no one."""
    return ent.label_ in _GROUP_LABELS and all(t.tag_ == "JJ" for t in ent)


def modifies_noun(ent: Span) -> bool:
    """The entity only qualifies a noun ("Republican lawmakers", "American enterprise", "Democrat Ana Ruiz")."""
    return ent.root.dep_ in ("amod", "compound")


def _adjective(ent: Span) -> bool:
    """A one-word "person" read as an adjective qualifying a noun: a page's boilerplate ("Invalid email address"),
    which would otherwise be the article's most recent person for the next "he", unless the article names someone
    with the word elsewhere ("Pruitt aides" after "Scott Pruitt"), or it is a given name before a prefixed surname
    that the tagger misread ("Pete D’Alessio")."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (ent.label_ in _PERSON_LABELS and len(ent) == 1 and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod"
            and not (nxt is not None and _PREFIXED_SURNAME.fullmatch(nxt.text)))


_STORMS = {"hurricane", "typhoon", "cyclone", "storm"}


_PORTFOLIOS = frozenset("""transportation transport education health defense defence energy housing agriculture
immigration commerce labor environment finance security safety election elections tourism trade justice""".split())


def _not_a_name(ent: Span) -> bool:
    """A "person" with a digit is a product ("Tesla Model 3") or a page's link text run together ("Tom
    Lind2020"), one with "v." a court case ("Gideon v. Wainwright"), one with "/" a photo credit ("Tom Lind/AP"):
    read as a person, it would make every later "Tesla" that person and the antecedent of "he". A storm is nobody
    either ("Hurricane Harvey", tagged ORG, would be "the company"), nor a web page's command ("Copy this code"),
    nor a side taken ("pro-Lind efforts", whose "Lind" would make every later "Lind" "pro-Lind"), nor the "al." of
    a study's "Lind et al.", which made "al" the study's author, nor a title the NER cut from its name ("Police
    Sgt", tagged ORG, of "Police Sgt. Ana Ruiz", which made the organisation "Police Sgt" speak), nor an
    organisation or place without a capital that ends in a preposition or article ("the ministry on", tagged ORG,
    which named "ministry on" the speaker of "was announced by the ministry on Friday"; but "the justice
    department", as some papers write it, is one), nor a government's portfolio opening a sentence before a plural
    noun ("Transportation officials said", tagged ORG, are officials, not the organisation "Transportation"), nor
    the body of a person's title ("Council" of "Council member Ana Ruiz", tagged ORG, which made every later "the
    city council" the organisation "Council")."""
    product_case_or_credit = ent.label_ in _PERSON_LABELS and (
        any(c.isdigit() or c == "/" for c in ent.text) or any(t.lower_ in ("v.", "vs.", "v") for t in ent[1:-1])
        or len(ent) > 2 and ent[0].lower_ in ("pro", "anti") and ent[1].text == "-")
    command = (len(ent) == 1 and ent[0].lower_ in _PAGE_COMMANDS and ent.end < len(ent.doc)  # "Copy this code"
               and ent.doc[ent.end].tag_ in ("DT", "PRP$") and ent.doc[ent.end].is_lower)
    et_al = ent[0].lower_ in ("al", "al.") and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "et"
    title = ent.label_ in ("ORG", *_PERSON_LABELS) and ent[-1].lower_ in _TITLE_ABBREVIATIONS
    uncapitalised = ent.label_ in _ORG_LABELS and ent.text.islower() and ent[-1].tag_ in ("IN", "DT", "CC", "TO")
    portfolio = (len(ent) == 1 and ent[0].lower_ in _PORTFOLIOS and ent[0].is_sent_start and ent.end < len(ent.doc)
                 and ent.doc[ent.end].tag_ == "NNS")
    body_of_title = (len(ent) == 1 and ent[0].lower_ in _ORG_NOUNS and ent.end < len(ent.doc)
                     and ent.doc[ent.end].lower_ in _PERSON_NOUNS and ent.doc[ent.end].is_lower)
    return (product_case_or_credit or command or et_al or title or uncapitalised or portfolio or body_of_title
            or len(ent) > 1 and ent[0].lower_ in _STORMS)


def _is_news_org(name: str) -> bool:
    """The name says it is a news organisation ("Harbor Gazette", "Las Vegas Review-Journal", "CNN")."""
    return not _MEDIA_WORDS.isdisjoint(re.split(r"[\s-]+", name.lower()))


def _plausible_name(name: str) -> bool:
    """Two to four words and no connective: not a headline the NER took for a person ("LEFT AND RIGHT")."""
    words = name.lower().split()
    return 2 <= len(words) <= 4 and not {"and", "&", "of", "the"} & set(words)


def _contains_words(full: str, part: str) -> bool:
    """``part`` is a short form of the organisation ``full``: it holds ``full``'s head word ("Commission" of
    "European Commission", "Apple" of "Apple Inc.", "Ministry" of "Ministry of Finance"), not a word that
    only qualifies it ("FBI" is not the "FBI Field Office", "America" not the "Bank of America")."""
    full, part = full.lower(), part.lower()
    if f" {part} " not in f" {full} " or part == "house" and not _the_chamber(full):
        return False
    return _org_head(part) == _org_head(full)


def _the_chamber(name: str) -> bool:
    """What "the House" can be short for: the chamber ("House of Representatives"), never "the White House",
    "Harbor House" or the NER's "Republican House" of "the Republican House"."""
    return re.match(r"(?:u\.s\. )?house(?: of |$)", name.lower()) is not None  # "U.S. House (of Representatives)"


def _org_head(name: str) -> str:
    """The word an organisation's name is about: before "of"/"for"/..., without endings such as "Inc."."""
    words = name.split()
    words = words[: next((i for i, w in enumerate(words) if w in ("of", "for", "on", "at") and i), len(words))]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words.pop()
    return words[-1]


# What a title given with its holder's employer carries ("Ana Ruiz's lawyer, Tom Hale", "his lawyer, Tom Hale"): a
# story can name the lawyers of both sides, and "Ruiz's lawyer" is only one named as someone's.
_OWNED = "'s"


def _roles_of(ent: Span, text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Titles the article gives a person, as (head noun, its other words, the nation or place it is of):
    "Finance Minister Anna Berg", "Berg, the finance minister" -> ("minister", {"finance"}, {}); "Attorney General
    William Barr" -> ("general", {"attorney"}, {}); "Secretary of State Ana Ruiz", "Ruiz, the secretary of state" ->
    ("secretary", {"of state"}, {}); "Ukrainian President Ana Ruiz" -> ("president", {}, {"ukrainian"})."""
    doc = ent.doc
    heads = [t for t in doc[max(ent.start - 5, 0) : ent.start] if t.head.i in range(ent.start, ent.end)
             and (t.dep_ == "compound" and t.i >= ent.start - 3  # not past a verb: "JUDGE RULES HALE"
                  and not any(w.lower_ in ALL_FORMS for w in doc[t.i + 1 : ent.start])
                  or t.dep_ == "nmod" and _of_objects(t))
             and t.tag_ in ("NN", "NNP") and t.lower_ not in ("mr.", "ms.", "mrs.")
             and "\n" not in text[t.idx : ent.start_char]]
    root = ent.root
    heads += [c for c in root.children if c.dep_ == "appos" and c.tag_ == "NN" and not (  # not a subject the parse
        # hangs on the name: "the hostages, including Tom Lind, a U.S. official told CNN"
        c.right_edge == c and c.i + 1 < len(doc) and doc[c.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"))]
    if root.dep_ == "appos" and (root.head.tag_ == "NN" or root.head.i == ent.start - 1 and root.head.tag_ == "NNP"):
        heads.append(root.head)  # "the mayor, Ana Ruiz"; "Vice President Ana Ruiz" parsed as an apposition
    # the parse hangs "Ukrainian" of "Ukrainian President Ana Ruiz" on the title or on the name
    nations = _nationals(doc[max(ent.start - 5, 0) : ent.start], {*range(ent.start, ent.end), *(t.i for t in heads)})
    return [(_TITLE_WORDS.get(t.lower_, t.lower_), frozenset(c.lower_ for c in _title_modifiers(t)) | _of_objects(t)
             | ({_OWNED} if any(c.dep_ == "poss" for c in t.children) else set()),
             nations if t.i < ent.start else _nationals(t.children, {t.i}))
            for t in heads if _title_noun(t, before=t.i < ent.start)]


def _title_noun(tok: Token, before: bool) -> bool:
    """A noun that can title a person: not a count ("8 percent | supporting Ana Ruiz", the "%" of "(31%) Ana Ruiz")
    nor an organisation before the name ("Supreme Court | Justice Ana Ruiz": "the court" is not her; but "Harbor
    Promise, an advocacy group," tagged as a person is "the group"), nor another name the parse hangs on it (a
    sentence's "Trump | fired Yates", "Lind supporter Tom Hale": a later "Lind" is not him)."""
    return (tok.text[:1].isalpha() and tok.lower_ not in ("percent", "percentage")
            and not (before and tok.ent_type_ in ("PERSON", "ORG") and tok.lower_ not in _TITLE_OR_PERSON_NOUNS)
            and not any(c.dep_ == "nummod" for c in tok.children)
            and not (tok.is_sent_start and tok.tag_ == "NN" and tok.is_title and tok.lower_ not in _ANY_TITLE
                     and tok.lower_ not in _PERSON_NOUNS)
            and not (before and tok.lower_ in _ORG_NOUNS and tok.lower_ not in _SPOKES))


_NATIONS = {"NORP", "GPE"}


def _nationals(tokens: Iterable[Token], heads: set[int]) -> frozenset[str]:
    """Nations or places among ``tokens`` that qualify one of ``heads``: "ukrainian" of "the Ukrainian president"
    (a party is no nation: "the Republican governor" may be Gov. Ana Ruiz of New Jersey)."""
    return frozenset(t.lower_ for t in tokens if t.ent_type_ in _NATIONS and t.dep_ in ("amod", "compound")
                     and t.head.i in heads and t.lower_ not in _PARTY_WORDS)


def _title_modifiers(head: Token) -> list[Token]:
    """The compound words of a title noun and its ranks: "inspector" of "the inspector general", "former", "prime"
    of "the prime minister", "vice" of "the vice-president" (a hyphenated rank the parse seldom hangs on it)."""
    doc = head.doc
    hyphenated = [doc[head.i - 2]] if head.i > 1 and doc[head.i - 1].text == "-" and (
        doc[head.i - 2].lower_ in _RANKS_OF_TITLES) else []
    return [c for c in head.children if c.dep_ == "compound" and c.tag_ in ("NN", "NNP")
            or c.dep_ in ("amod", "compound") and c.lower_ in _OTHER_OFFICES] + hyphenated


def _of_objects(head: Token) -> frozenset[str]:
    """What a title is of, unless a place: "of state" of "the secretary of state", "of police" of "the head of the
    police"; nothing for "the minister of Norway"."""
    return frozenset(f"of {o.lower_}" for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in _PLACE_LABELS)


# Nouns a later mention uses for several titles: "Sen. Tom Lind ... the lawmaker", "Rep. Ana Ruiz ... the
# congresswoman".
_MEMBERS_OF_CONGRESS = ("representative", "congressman", "congresswoman")
_LAWMAKERS = ("lawmaker", "legislator", "senator", "assemblyman", "assemblywoman", *_MEMBERS_OF_CONGRESS)
_TITLE_CLASSES = {"lawmaker": _LAWMAKERS, "legislator": _LAWMAKERS,
                  **{noun: _MEMBERS_OF_CONGRESS for noun in _MEMBERS_OF_CONGRESS}}
# How far after a role mention ("the judge") the name of its holder may come (about 500 words).
_CATAPHORA_CHARS = 3000


def _titles(noun: str) -> tuple[str, ...]:
    """The titles a noun can refer back to ("the lawmaker": Sen. or Rep.; "the mayor": Mayor)."""
    return _TITLE_CLASSES.get(noun, (noun,))


def _noun_gender(noun: str) -> str | None:
    """"m" for "the congressman", "f" for "the actress", else None."""
    return "m" if noun in _MALE else "f" if noun in _FEMALE else None


def _parties(noun: Token) -> set[str]:
    """The parties a noun's modifiers name ("the Republican nominee")."""
    return {_PARTY_WORDS[c.lower_] for c in noun.children if c.lower_ in _PARTY_WORDS and c.dep_ in _MODIFIER_DEPS}


def _role_holders(idx: EntityIndex, mention: Span, root: Token, before: int) -> list[tuple[int, str, frozenset[str]]]:
    """People whose title this mention can refer back to: "the minister", "the finance minister" or "the
    showman minister" to Finance Minister Anna Berg, but not "the inspector general" to Attorney General William
    Barr, "the deputy finance minister" or "the Halden minister" to her, "the minister" to a deputy or former
    minister, nor "no minister" to anyone. A word
    before the noun tells another title apart when it is a name, a rank or a word of a title in the article.
    What the title is of must agree: "the head of the police" is not the article's "head of a militia", and a
    minister or secretary named by portfolio ("the secretary of state") is only one the article gave that
    portfolio (titles before a name rarely say it: "the minister of foreign affairs" is not Prime Minister Ana Ruiz).
    Those named before ``before`` come first, the last of them (the one the article spoke of last, by any
    name) being the one meant, and one of the nation the mention names first ("the Ukrainian president" is not
    Iranian President Tom Hale; a bare "the president" is not Chinese President Li Wen where the article also
    titles someone president without a nation) and none of another party ("the Republican nominee" is not
    Democratic nominee Ana Ruiz); else those named soon after ("A federal judge ruled ... Judge Ana Ruiz wrote"), the
    nearest last, and after them those already named without the title, the one meant; never a stranger named pages
    later, who holds another office of that title ("the special counsel" is not the Tom Lind of a history
    paragraph). "A judge" or "one lawyer" introduces someone new: only one named soon after, never one named
    before ("Judge Ana Ruiz ruled ... A federal judge in Ohio said" is another judge)."""
    holders = sorted(r for title in _titles(root.lower_) for r in idx.roles.get(title, []))
    if not holders or mention[0].lower_ in _QUANTIFIERS:
        return []
    gender = _noun_gender(root.lower_)  # "the congresswoman"
    holders = [r for r in holders if gender is None or idx.gender.get(r[1], gender) == gender]
    # "the Republican nominee" is no one the article gave the other party ("Democratic nominee Ana Ruiz")
    party = _parties(root)
    holders = [r for r in holders if len(party) != 1 or idx.party.get(r[1], next(iter(party))) in party]
    # "the Ukrainian president" is one the article called so, else one it gave no other nation
    nations = _nationals(root.children, {root.i})
    named = [r for r in holders if nations and nations <= r[2]]
    holders = named or [r for r in holders if nations <= r[2] or not r[2] & idx.nations]
    if not nations and root.lower_ == "president":  # a bare "the president" is one the article never gave a nation,
        # where it named one: the writer's own ("President Tom Hale spoke with Chinese President Li Wen ... The
        # president"), not the foreigner
        foreign = {r[1] for r in holders if r[2] & idx.nations}
        holders = [r for r in holders if r[1] not in foreign] or holders
    words = {c.lower_ for c in _title_modifiers(root)
             if c.tag_ == "NNP" or c.lower_ in _RANKS_OF_TITLES or c.lower_ in idx.title_words}
    of = _of_objects(root)
    # nor a plain title to another office of the noun: "the president" is not Vice President Ana Ruiz, nor Former
    # President Tom Hale; but the title that introduced someone often leaves out "former"
    holders = [r for r in holders if words >= r[2] & _OTHER_OFFICES]
    words.discard("former")
    if of and root.lower_ in _PORTFOLIO_NOUNS:
        holders = [r for r in holders if words <= r[2] and of <= r[2]]
    else:  # "the director of the FBI" may be FBI Director Tom Hale, not the director of a museum
        what = {w.removeprefix("of ") for w in of}
        holders = [r for r in holders if words <= r[2] and not (
            what and r[2] and what.isdisjoint(w.removeprefix("of ") for w in r[2]))]
    if mention[0].lower_ in _INDEFINITE:  # "a judge" introduces someone new, never one named before but the one
        # it is set off from ("Tom Lind, a farmer, who")
        renamed = [t for t in root.children if t.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        return sorted((r for r in holders if 0 <= r[0] - before <= _CATAPHORA_CHARS
                       or any(t.left_edge.idx <= r[0] <= t.idx for t in renamed)), key=lambda r: -r[0])
    if not holders or any(r[0] < before for r in holders):
        # the last is the one the article spoke of last: "President Tom Hale ... Peru's president, Ana Ruiz ... Hale
        # said ... the president added" is Hale
        last = {p[2]: p[0] for p in idx.persons[: bisect_left(idx.person_starts, before)]}
        return sorted((r for r in holders if r[0] < before), key=lambda r: max(r[0], last.get(r[1], -1)))
    # a title may also point forward to a person the article already named without it ("Mr. Lind ... The mayor
    # said ... Mayor Tom Lind")
    known = {p[2] for p in idx.persons if p[0] < before}
    return sorted((r for r in holders if r[0] - before <= _CATAPHORA_CHARS or r[1] in known),
                  key=lambda r: (r[1] in known, -r[0]))


def canonical_entities(doc: Doc, index: EntityIndex | None = None) -> list[tuple[Span, str, SpeakerKind]]:
    """Every named person/organisation/place/group with its fullest name in the article and its kind."""
    return list((index or entity_index(doc)).ents)


# An aside in brackets, or one the name's words leave open: "Research participants (over 2,700 in total)"
_BRACKETED = re.compile(r"\s*\([^()]*(?:\)|$)")


def _as_name(words: str) -> str:
    """Words as a speaker's name: one space where the text had more (a blanked link card inside), and no aside in
    brackets ("Most voters (62%)" is "Most voters"; an acronym, "the Harbor Party (HP)", is the party)."""
    return " ".join((_BRACKETED.sub("", words) or words).split())


def _speaker(name: str | None, mention: Span, kind: SpeakerKind) -> Speaker:
    """The speaker, its name as a name (:func:`_as_name`)."""
    if name:
        name = _as_name(name)
    return Speaker(name=name, mention=mention.text, start=mention.start_char, end=mention.end_char, kind=kind)


def block(idx: EntityIndex, contents: Iterable[tuple[int, int]]) -> None:
    """Names inside ``contents`` (character ranges of what was said) are from now on no antecedents of he/she: "Tom
    Hale said that Mr. Lind had lied. He added ..." is Hale again. The rules block every statement's content
    up front (:func:`entity_index`); the learned extractor blocks a content once its speaker is a person, as it
    resolves them in order, for after "The Times reported that Mr. Lind was told ... He confirmed" it is Lind."""
    for a, b in contents:
        idx.blocked[a:b] = b"\x01" * (b - a)


def _recent_person(idx: EntityIndex, before: int, gender: str | None, past_said: bool, after: int = -1,
                   skip: Container[str] = (), records: bool = True) -> str | None:
    """The antecedent of he/she (see :func:`_recent`), of the pronoun's gender where the person's is known (not
    ``records``: known otherwise than from birth records); ``past_said``: none inside what was said
    (:func:`block`). In a dialogue's turn, never the person who has the turn (who says "I") nor a turn's label
    ("kaleigh:"), and names said in the turns count: a dialogue is all said, and its "he" is someone just spoken of
    ("Why is Trump doing this?" - "He ..."). Never one of ``skip``."""
    speaker = _turn_speaker(idx, before)
    return _recent(idx.persons, idx.person_starts, before,
                   lambda name: name != speaker and name not in idx.labels and name not in skip and (
                       gender is None or idx.gender.get(name, gender) == gender
                       or not records and name in idx.recorded),
                   idx.blocked if past_said and speaker is None else None, after)


def _likened(pron: Token, idx: EntityIndex) -> set[str]:
    """People the pronoun's own clause compares its referent with, before it: "Like Cohn, he opposed the tariffs",
    "Unlike her rival Ana Ruiz, she said" (a writer who meant Cohn would not have written "he")."""
    objects = {t.i for c in pron.head.children if c.dep_ == "prep" and c.lower_ in ("like", "unlike") and c.i < pron.i
               for t in c.subtree}
    return {p[2] for p in idx.persons if p[1].root.i in objects} if objects else set()


def _recent(mentions: list[tuple[int, Span, str, bool]], starts: list[int], before: int, keep=None,
            blocked: bytearray | None = None, after: int = -1) -> str | None:
    """Most recent subject mention (else mention) among the last few between ``after`` and ``before`` that
    ``keep`` accepts, none of them ``blocked``."""
    i = bisect_left(starts, before)
    earlier = (mentions[k] for k in range(i - 1, bisect_right(starts, after) - 1, -1))
    window = list(islice((p for p in earlier if not (blocked and blocked[p[0]])), 6))
    ok = [p for p in window if keep is None or keep(p[2])]
    return _prefer_subject(ok)[2] if ok else None


# How far back "the company" looks for a business the article names only once (about 170 words): further back, one
# named once is a passing mention ("a lawsuit by Harbor Freight Inc." pages before "Tovik ... the company said").
_COMPANY_REACH = 1000  # characters


def _recent_company(idx: EntityIndex, before: int, noun: str) -> str | None:
    """What "the company" refers to: the last business named (:func:`_recent`), one the article calls a business
    first ("Tovik SA ... Photo: NASA ... the company said" is Tovik); not for "the group" nor for a kind of
    business ("the airline" is no "security firm Votewise"). "The group" is never a news outlet or an online
    platform ("The group posted a picture ... to Twitter"; but "the media watchdog organization" may be one named
    for the media), nor is a business a news outlet that reported on it ("Reuters first reported the breach. The
    company said"), though one the article calls a business may be; a public body named by acronym is only "the
    organization", "the regulator" or "the watchdog" ("Brivox reported it to the FBI. But the company says" is not
    the FBI). A business named once is one only within the last paragraphs (``_COMPANY_REACH``)."""
    def keep(name: str) -> bool:
        if name in _PUBLIC_ACRONYMS and noun not in ("organization", "organisation", "regulator", "watchdog"):
            return False
        if noun in _BUSINESS_NOUNS:
            return not _is_news_org(name) or name in idx.firms
        return noun != "group" or not _is_news_org(name) and name.lower() not in _PLATFORMS

    named = Counter(c[2] for c in idx.companies)
    near = [c for c in idx.companies if c[0] >= before - _COMPANY_REACH or named[c[2]] > 1]
    starts = [c[0] for c in near]
    firm = None if noun not in _ANY_BUSINESS else _recent(near, starts, before, idx.firms.__contains__)
    return firm or _recent(near, starts, before, keep)


# Person nouns a president may also be called ("the businessman", "the party's leader").
_PRESIDENTIAL_NOUNS = frozenset(("president", "leader", "head", "chief", "executive", "ceo", "founder", "owner",
                                 "investor", "businessman", "businesswoman", "entrepreneur", "politician", "man",
                                 "woman", "person", "father", "mother", "parent", "member", "boss", "veteran",
                                 "citizen"))
# Titles whose holder is not "the president" the article leaves unnamed: other offices, the people around one, and
# trades ("journalist Tom Hale").
_RIVAL_OFFICES = frozenset(("nominee", "candidate", "challenger", "senator", "governor", "mayor", "secretary",
                            "minister", "speaker", "representative", "congressman", "congresswoman", "ambassador",
                            "director", "attorney", "lawyer", "adviser", "advisor", "aide", "spokesman",
                            "spokeswoman", "spokesperson", "host", "anchor", "judge", "justice", "chairman",
                            "chairwoman", "commissioner")) | _PERSON_NOUNS - _PRESIDENTIAL_NOUNS
_AGENCY_HEADS = frozenset(("agency", "administration", "bureau", "service", "department", "commission", "office",
                           "authority", "centers", "institute", "inspectorate"))  # what "the agency" may be
_OWNED_BODIES = frozenset(("administration", "government", "campaign", "team"))  # a person's: "the Lind campaign"
_TIME_PREPOSITIONS = frozenset(("during", "under", "since", "throughout", "before", "after"))  # "under the Lind
# administration" dates a statement; it is no antecedent of "the administration"


def _named_org(idx: EntityIndex, noun: str, before: int, mention: Span) -> str | None:
    """The organisation "the <noun>" refers to: the last one named before with that head ("the department" after
    the Minneapolis Police Department, not the fire department named first; "the agency" after any public body's
    head or an acronym, "the IRS", "the National Park Service") or a person's ("the administration"
    after "the Lind administration": Tom Lind's administration, not the Small Business Administration named
    later; not a report's "the Lind report", which :func:`_author` reads) or a place's ("the ministry" after
    "Kenya's health ministry", before ``mention``: :func:`_place_body`), else the article's fullest."""
    def headed(name: str) -> bool:  # and "the airline" of "Norvik Airlines" (but "the state" is no "United States")
        if noun == "house":
            return _the_chamber(name)
        heads = (_org_head(name.lower()), name.lower().split()[-1])
        if noun == "agency":  # a public body: "the IRS", "the Food and Drug Administration", "the Park Service"
            return (heads[0] in _AGENCY_HEADS or name.isalpha() and name.isupper() and 2 < len(name) < 7) and (
                name not in idx.firms and name not in idx.places and not _is_news_org(name))
        return noun in heads or noun in _COMPANY_NOUNS and noun in map(_singular, heads)

    i = bisect_left(idx.group_starts, before)
    named = next((g for g in reversed(idx.groups[:i]) if g[2] == "organization" and g[0] not in idx.documents
                  and headed(g[1])), None)
    i = bisect_left(idx.person_starts, before) if noun in _OWNED_BODIES else 0
    owned = next((p for p in reversed(idx.persons[:i]) if p[1].root.dep_ in ("compound", "poss")
                  and (body := p[1].root.head).lower_ == noun
                  and not (body.dep_ == "pobj" and body.head.lower_ in _TIME_PREPOSITIONS)), None)
    if owned is not None and (named is None or owned[0] > named[0]):
        return f"{owned[2]}'s {noun}"
    body = next(((t.idx, b) for t in _earlier_nouns(mention, noun)
                 if t.idx < before and (b := _place_body(t, idx)) is not None), None)
    if body is not None and (named is None or body[0] > named[0]):
        return body[1]
    return named[1] if named is not None else next((o for o in idx.orgs if headed(o)), None)


def _described(mention: Span, root: Token) -> bool:
    """The noun says more than "the (federal) agency": "the Fars news agency", "the agency in charge of the tombs"
    are some other one, not the public body named last."""
    return any(t.tag_ != "JJ" for t in mention[1 : root.i - mention.start]) or any(
        c.dep_ in ("prep", "acl") and c.i < mention.end for c in root.rights)


# Nouns a reporter uses for someone just named ("the brash businessman"); not those of people often left unnamed ("the
# young man", "the senior official", "the 23-year-old victim").
_EPITHET_NOUNS = (_PERSON_NOUNS - _TRADES | {"conservative", "liberal", "progressive", "moderate", "billionaire",
                                              "mogul", "tycoon", "actor", "actress", "star"}) - _SPOKES - {
    "official", "source", "member", "representative", "aide", "man", "woman", "person", "witness", "victim",
    "suspect", "defendant", "plaintiff", "survivor", "patient", "resident", "voter", "worker", "student", "parent",
    "mother", "father", "neighbor", "neighbour", "employee", "citizen", "participant", "observer", "demonstrator",
    "protester", "driver", "nurse", "teacher", "farmer", "soldier", "insider", "supporter", "critic", "head",
    "deputy"}
# Adjectives that make a title or a function, not a description of its holder ("the medical director", "the
# special counsel", "the first president").
_CLASSIFYING = frozenset("senior top chief special medical legal general local federal national international state "
                         "presidential executive political military foreign public acting interim lead principal "
                         "main new current first last next previous incoming outgoing managing other same"
                         .split())
_DESCRIBING_NOUNS = frozenset(("billionaire", "millionaire", "veteran"))  # "the billionaire businessman"


def _epithet(mention: Span, root: Token, idx: EntityIndex) -> bool:
    """"The New York businessman", "the brash businessman", "the 68-year-old leader", "the Vermont senator", "the
    Missouri conservative", "the two-term governor": a definite person noun that a place, a nationality, an age, a
    judgement or a count of terms describes is a reporter's way to name again someone just named, as a "he" would
    (the caller asks this only where nobody holds the noun as a title that fits). Not a noun a body, a field or
    another noun qualifies ("the FBI director", "the medical director", "the union leader", "the department's
    leader", "the ambassador to Berlin"), nor a title the article gives someone of a nation ("the Ukrainian
    president" after Iranian President Tom Hale), a noun with its own name ("the New Jersey senator Ana Ruiz"), an
    owner ("the Hennepin County attorney's office") or a newspaper's name ("the Union Leader", "The Hollywood
    Reporter")."""
    if (mention[0].lower_ != "the" or root.lower_ not in _EPITHET_NOUNS or root.tag_ not in ("NN", "NNP")
            or not root.is_lower and root.lower_ not in _ANY_TITLE):
        return False
    if any(c.dep_ in ("poss", "prep", "nummod", "case") for c in root.children) or any(
            e.start < mention.end and e.end > mention.start and (kind == "person" or e.start <= root.i < e.end)
            for e, _, kind in idx.ents) or any(
            r[2] & idx.nations for title in _titles(root.lower_) for r in idx.roles.get(title, ())):
        return False

    def describes(t: Token) -> bool:
        return (t.ent_type_ in _NATIONS | _HOME_LABELS or t.lower_ in _DESCRIBING_NOUNS or t.lower_ == "term"
                or t.dep_ == "amod" and t.tag_ in ("JJ", "VBN") and t.ent_type_ in ("", "DATE")  # "68-year-old"
                and t.lower_ not in _CLASSIFYING and t.lower_ not in _RANKS_OF_TITLES - {"former"})

    left = [t for t in mention[1 : root.i - mention.start] if t.head == root]
    return any(describes(t) for t in left) and all(describes(t) or t.lower_ in _RANKS_OF_TITLES for t in left)


_AGE = re.compile(r"\d{1,3}[- ]year[- ]old")


def _age_alone(mention: Span) -> bool:
    """"The 62-year-old said": an age alone after "the" is a reporter's way to name again someone just named, as an
    epithet is (the parse hangs the words anywhere). Not matched to an age the article gave earlier: the person
    just named is meant, whoever else had that age ("Ana Ruiz, a 52-year-old nurse ... Tom Hale said ... the
    52-year-old said" is Hale)."""
    words = _trim_punct(mention)
    comma = next((t.i for t in words if t.text == ","), words.end)  # "the 72-year-old, who has led the club"
    return comma - words.start > 1 and words[0].lower_ == "the" and _AGE.fullmatch(
        mention.doc[words.start + 1 : comma].text) is not None


def _clause(tok: Token) -> Token:
    """The verb of the clause ``tok`` is in (the sentence's root where there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _not_the_described(root: Token, idx: EntityIndex) -> set[str]:
    """People an epithet cannot mean: one in its own clause ("Trump's call to the Ukraine leader"), the subject of
    a clause it is in ("Pell interviewed Bloom after the former mayor claimed" is Bloom: the writer would have said
    "he" for Pell), one of another party ("the Republican nominee"), and for an office one the article gave another
    office ("the Maryland judge" is not President Tom Lind)."""
    verb, sent = _clause(root), root.sent
    above = {t.i for t in root.ancestors}
    i = bisect_left(idx.person_starts, sent.start_char)
    skip = {p[2] for p in idx.persons[i : bisect_left(idx.person_starts, root.idx)]
            if _clause(p[1].root) == verb or _clause(p[1].root).i in above and (
                p[3] or p[1].root.dep_ == "conj" and p[1].root.head.dep_ in _SUBJ_DEPS)}  # "Lind and Ruiz said"
    party = _parties(root)
    if len(party) == 1:  # "the presumptive Republican nominee" is no Democrat
        skip |= {name for name, side in idx.party.items() if side not in party}
    titles = _titles(root.lower_)
    if root.lower_ in _ANY_TITLE or any(title in idx.roles for title in titles):
        held = {r[1] for title in titles for r in idx.roles.get(title, ())}
        skip |= {r[1] for title, rs in idx.roles.items() if title in _ANY_TITLE and title not in titles
                 for r in rs} - held
    return skip


def _untitled_leader(idx: EntityIndex, before: int) -> str | None:
    """Whom "the president" means where the article never titles anyone president (it writes "Trump", "Mr. Obama"):
    the person it has named most often so far, the one named last of those tied, who holds no rival office nor a
    trade the article gave ("Republican nominee Tom Lind", "Vice President Ana Ruiz", "journalist Tom Hale" are not
    the president). The person named last is often someone the president spoke of or with ("Trump told Lavrov ...
    The president"), the one named most is rarely."""
    rivals = {r[1] for role, held in idx.roles.items() for r in held
              if role in _RIVAL_OFFICES or role == "president" and "vice" in r[2]}
    earlier = idx.persons[: bisect_left(idx.person_starts, before)]
    named = Counter(p[2] for p in earlier if p[2] not in rivals)
    last = {p[2]: p[0] for p in earlier}
    return max(named, key=lambda name: (named[name], last[name]), default=None)


def _prefer_subject(cands: Sequence[tuple]) -> tuple:
    """The nearest candidate (``cands`` nearest first, ``(start_char, ..., is_subject)``), unless a subject among
    the nearest three is close to it (a sentence or two): a subject wins over a closer non-subject."""
    near = cands[0]
    subj = next((c for c in cands[:3] if c[3]), None)
    return subj if subj is not None and near[0] - subj[0] <= _SUBJECT_REACH else near


def _recent_group(idx: EntityIndex, before: int, singular: bool) -> tuple[str, SpeakerKind] | None:
    """The antecedent of they/it: the last organisation, place or people named, a subject preferred as for
    he/she (:func:`_recent`: "Senators blocked a motion on Ukraine. They ..." are the senators); "it" is never
    a people ("Democrats", "Muslims"), nor a place named only as where something is ("workers in Ohio",
    "his Manhattan office"), "they" never a place (news writes "it" for a city or a country)."""
    i = bisect_left(idx.group_starts, before)
    earlier = (idx.groups[k] for k in range(i - 1, -1, -1))
    ok = list(islice((g for g in earlier if (g[2] != "group" and (g[3] or g[1] not in idx.places) if singular
                                             else g[1] not in idx.places and g[0] not in idx.documents)), 3))
    if not ok:
        return None
    pick = _prefer_subject(ok)
    return pick[1], pick[2]


def _head(mention: Span) -> Token:
    """The mention's head word, looked for in its first sentence only: a mention the parser splits
    ("Paul Goldman, a strategist who advised former Govs. | L. Douglas Wilder") has a root per sentence.
    Where the parse hangs the words off something outside the mention ("the affidavit states" read as a
    noun phrase), its root is a determiner: the last noun is the head then (but "those" is the head of "those who
    doubted Lind", who are not Lind); where it reads a title or a participle inside the mention as a clause, the
    clause's subject is."""
    if not mention.doc.has_annotation("SENT_START"):  # unparsed text (a document too long to parse)
        return mention.root
    first = mention[0].sent
    span = mention if mention.end <= first.end else mention.doc[mention.start : first.end]
    root = span.root
    if root.i == span.start and root.lower_ in _PLURAL_TITLES and len(span) > 2 and span[1].text == ".":
        return _head(span[2:])  # the tokenizer cuts "Sens" from its period: "Sens. | Tom Lind and Ana Ruiz"
    if root.tag_ == "DT" and root.i == span.start and not any(c.dep_ == "relcl" for c in root.children):
        # not a noun of a description set off after it: "Some of the protesters, mostly students," -> protesters
        end = next((c.left_edge.i for c in root.rights if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == ","
                    and c.left_edge.i < span.end), span.end)
        return next((t for t in reversed(span.doc[span.start : end]) if t.pos_ in ("NOUN", "PROPN")), root)
    if root.pos_ in ("VERB", "AUX") and root.i > span.start and root.is_title:  # a book title read as a clause:
        # "Tom Lind, author of Facts Are Plain" -> "Are", with "Lind" as its subject or hung outside the mention
        return next((c for c in root.lefts if c.dep_ in _SUBJ_DEPS and c.i >= span.start and c.pos_ != "PRON"),
                    next((t for t in span if t.pos_ in ("NOUN", "PROPN") and not span.start <= t.head.i < span.end),
                         root))
    if root.tag_ in ("VBD", "VBN") and root.i > span.start:  # a participle read as a clause's verb: "Voters
        # interviewed outside polling stations" -> "interviewed", with "Voters" as its subject
        return next((c for c in root.lefts if c.dep_ in _SUBJ_DEPS and c.i >= span.start), root)
    return root


_PLURAL_TITLES = frozenset(("sens", "reps", "govs", "drs"))
# Verbs whose subject authored their object: "issued a statement", "released a report"; except what "released",
# "published" or "posted" makes public of another's ("the site released an email").
_ISSUED = frozenset("issued released published posted sent filed wrote signed".split())
_PUBLISHED = frozenset(("released", "published", "posted"))
_LEAKABLE = frozenset("""email emails document documents recording recordings tape tapes transcript transcripts
footage files cable cables""".split())
# Participles that name the speaker rather than describe the head: "one worker, identified only as K.T.", "a man
# named Tom Lind", "figures published by the Treasury", "an account provided by Tom Lind".
_NAMING = {"identified", "named", "called", "known", "published", "released", "issued", "prepared", "compiled",
           "proposed", "written", "produced", "conducted", "provided"}


def _issued(noun: Token) -> bool:
    """``noun`` is something its clause's subject issues anew ("The company issued a statement"), whose words are that
    subject's; not "the board released the auditor's memo", "hackers released an email", nor a later "the
    statement", which may be another's."""
    return noun.dep_ == "dobj" and noun.head.lower_ in _ISSUED and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not (
        noun.head.lower_ in _PUBLISHED and noun.lower_ in _LEAKABLE)


def _issuer(subj: Token) -> bool:
    """``subj`` issued a document that a later "it" speaks for: 'The bishop issued a statement. "...," it read.'"""
    return subj.dep_ == "nsubj" and any(_issued(c) and _document(c) for c in subj.head.children)


def issuer_of(noun: Token) -> Token | None:
    """The subject who issued ``noun`` anew (:func:`_issued`), whose words it carries."""
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if _issued(noun) else None


# Adjectives after a speaker noun that tie it to a name it is not: "a source close to Tom Lind", "people familiar
# with the company's plans", "groups as diverse as the Harbor Club".
_RELATION_ADJECTIVES = frozenset("familiar close closest loyal sympathetic opposed allied aligned linked connected "
                                 "tied diverse similar friendly hostile affiliated related knowledgeable privy".split())
# "people with ties to Lind's campaign", "a source with knowledge of the talks"
_RELATION_NOUNS = frozenset("ties links connections contacts relationships knowledge access".split())


def _ent_in(idx: EntityIndex, span: Span, root: Token) -> tuple[Span, str, SpeakerKind] | None:
    """The named entity inside ``span`` that best names it: one holding its head word ``root`` or in
    apposition to it ("Berg's lawyer, Tom Lind", "Arkansas-based Tyson Foods Inc.", "the Obama White House"),
    a person first, then the first person ("Clinton aides") that does not modify another name, then the first
    entity; never one inside a clause that describes the head ("68% of those who cite Fox News", "a group founded
    by Tom Lind") nor after an adjective or noun that ties the head to it ("a source familiar with Lind's plans",
    "people with ties to Lind's campaign"); never
    a nationality or party adjective ("63 percent of Democratic voters", "the Danish newspaper")."""
    end = span.end + (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")  # NER's "Deml's" for "Deml"
    # a relative clause's verb may lie past a mention cut short: "The emir of Kuwait, whose country Tom Lind | aided"
    verbs = {t.head for t in span} if any(t.tag_ in ("WDT", "WP", "WP$") for t in span) else set()
    clauses = {t.i for c in {*span, *verbs} if (c.dep_ == "relcl" or c.dep_ == "acl" and c.lower_ not in _NAMING)
               and not c.left_edge.i <= root.i <= c.right_edge.i for t in c.subtree}
    related = next((c.i for c in root.rights if c.lower_ in _RELATION_ADJECTIVES or c.lower_ == "with" and any(
        o.lower_ in _RELATION_NOUNS for o in c.children)), end)
    found = [e for e in idx.ents if e[0].start >= span.start and e[0].end <= end and e[0].start not in clauses
             and e[0].start < related and not _nationality_adjective(e[0])]

    def rank(e: tuple[Span, str, SpeakerKind]) -> tuple[bool, bool, bool]:
        # a possessor is no head: the parse cut the mention short ("The Hill's | Steve Clemons")
        names = e[0].start <= root.i < e[0].end and root.dep_ != "poss" or _is_apposition(e[0], root)
        # nor is a person's organisation, whatever the parse: "One expert, Professor Lina Haas of Bremen University"
        affiliation = e[0].start > 0 and span.doc[e[0].start - 1].lower_ in ("of", "at") and any(
            f[2] == "person" and f[0].end == e[0].start - 1 for f in found)
        # a name run into the next one modifies it: "Counselor to President Tom Lind | Ana Ruiz" is Ruiz
        modifier = e[0].root.dep_ == "compound" and any(f is not e and f[0].start <= e[0].root.head.i < f[0].end
                                                        for f in found)
        return (not names or affiliation, e[2] != "person", modifier)

    return min(found, key=rank) if found else None


def _joined(names: list[str], word: str = "and") -> str:
    """Several speakers as one: "Tom Lind, Ana Ruiz and Piotr Vik"."""
    return ", ".join(names[:-1]) + f" {word} {names[-1]}"


# Tags of a title or description before a listed name: "the firm's founder", "its chief financial officer", "Police
# Chief", "both"; and the title words that may stand there whatever their tag ("Sens.", "Representatives")
_DESCRIBING_TAGS = frozenset(("DT", "PDT", "PRP$", "CD", "JJ", "NN", "NNP", "POS", "CC", "HYPH"))
_LISTED_TITLES = frozenset(_ANY_TITLE | _PERSON_NOUNS)


def _listed_people(mention: Span, idx: EntityIndex) -> list[str] | None:
    """The names of a list of people however the parser reads it ("Representatives Tom Lind and Ana Ruiz", parsed
    with "Tom" as a verb; "Mayor Ana Ruiz and Police Chief Tom Lind"; "The firm's founder, Ben Cho, and its finance
    chief, Lisa Ward"): people joined by commas and a last "and", each maybe with a title or a plain description
    (no verb, preposition or other name: not "Ruiz's lawyer and Lind", "a friend of Ruiz, Lind and ...") before
    it, after them nothing."""
    doc = mention.doc
    people = [e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start and e[0].end <= mention.end
              and any(t.tag_ == "NNP" for t in e[0])]  # not a title the NER took for a name: "[Filmmaker] and ..."
    if len(people) < 2:
        return None

    def described(words: Span) -> bool:
        return all(t.tag_ in _DESCRIBING_TAGS or t.text in (",", ".") or t.ent_type_ == "NORP"
                   or _singular(t.lower_).rstrip(".") in _LISTED_TITLES for t in words)

    gaps = [doc[a[0].end : b[0].start] for a, b in zip(people, people[1:], strict=False)]
    if not all(len(g) and g[0].lower_ in (",", "and", "&") and described(g) for g in gaps) or not any(
            t.lower_ in ("and", "&") for t in gaps[-1]):
        return None
    before, after = doc[mention.start : people[0][0].start], doc[people[-1][0].end : mention.end]
    if not all(t.is_punct for t in after) or not described(before):
        return None
    return list(dict.fromkeys(e[1] for e in people))


def _conjuncts(mention: Span, root: Token, idx: EntityIndex) -> tuple[list[Span], str] | None:
    """Each member of a coordinated mention ("Tom Lind and Ana Ruiz", "the mayor and the governor") and the
    word joining them, or ``None`` where the coordination is not of speakers: "neither ... nor"; an "and" inside
    a name ("Procter & Gamble and Unilever" has two members); titles of one person ("Media entrepreneur and
    critic Tom Lind", "the senator and party hero": a bare singular noun, no determiner, no name); more words
    about the first member ("Tom Lind, the director of X and a professor at Y", "anyone who studied X and these
    attacks": after the head's apposition or clause, only a name is another member). A description of them all
    after the last member is none of the members' words ("Ana Lind and Tom Hale — a married couple who ... —",
    "the FBI and the NSA — the two agencies that ...", "Justices Ana Ruiz and Tom Lind, both members of ...")."""
    def same_name(c: Token) -> bool:
        return any(e[0].start <= min(c.i, c.head.i) and max(c.i, c.head.i) < e[0].end for e in idx.ents)

    def party_tag(c: Token) -> bool:  # "Arizona" of "Sen. John McCain, R-Arizona, and other Republicans", "(D-Vt.)"
        return (c.i > 1 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].text in ("R", "D")
                or _PARTY_STATE.fullmatch(c.doc[c.left_edge.i : c.right_edge.i + 1].text) is not None)

    heads = [root, *(c for c in root.conjuncts if mention.start <= c.i < mention.end and c.i > root.i
                     and c.pos_ in ("NOUN", "PROPN", "PRON") and c.text.strip(".")  # not the "." of "D-W.Va."
                     and not same_name(c) and not party_tag(c))]
    words = {c.lower_ for h in heads for c in h.children if c.dep_ in ("cc", "preconj")}
    if len(heads) < 2 or words & {"nor", "neither", "either", "but"}:
        return None
    said_more = min((c.i for c in root.children if c.dep_ in ("appos", "relcl", "acl") and c.i > root.i
                     and not party_tag(c)), default=None)
    for h in heads:
        title = h.tag_ == "NN" or h.tag_ == "NNP" and h.lower_ in _PERSON_NOUNS | _TITLES | {"speaker"}
        if not h.ent_type_ and (title and not any(c.dep_ in ("det", "poss") for c in h.children)
                                or said_more is not None and h.i > said_more):
            return None
    def about_all(c: Token) -> bool:  # "Ana Lind and Tom Hale — a married couple who are both ... —"
        return (c.dep_ in ("appos", "relcl", "acl") and c.i > heads[-1].i and c.head == root
                and (c.tag_ == "NNS" or c.lower_ in _COUPLE_NOUNS
                     or any(t.lower_ in ("both", "all") for t in c.subtree)))

    parts = []
    for h in heads:
        skip = {t.i for c in h.children if c in heads or about_all(c)
                or c.dep_ == "preconj" and c.i == mention.start for t in c.subtree}  # "[Both] the mayor and ..."
        kept = [t for t in h.subtree if t.i not in skip and mention.start <= t.i < mention.end]
        while kept and (kept[-1].dep_ in ("cc", "punct") or kept[-1] in heads[1:] and kept[-1] is not h):
            kept.pop()
        if not kept or any(kept[0].i <= o.i <= kept[-1].i for o in heads if o is not h):
            return None  # another member inside this one's words: no clean split (and no endless re-splitting)
        parts.append(mention.doc[kept[0].i : kept[-1].i + 1])
    return parts, "or" if words == {"or"} else "and"


def _is_apposition(ent: Span, root: Token) -> bool:
    """``ent`` renames the head ("Trump's aide, Kellyanne Conway"; "activist and chair of X, Rachel Lind"), also
    where the parse hangs a person's name on the name after the head's preposition ("A friend of Ana Ruiz, Tom
    Lind", "The budget director under Mayor Ana Ruiz, Tom Lind": one name does not rename another person's)."""
    head = ent.root.head
    return ent.root.dep_ == "appos" and (head == root or head in root.conjuncts or (
        ent.label_ == "PERSON" and root.tag_ == "NN" and head.tag_ == "NNP" and head.dep_ == "pobj"
        and head.head.head == root and head.head.dep_ == "prep"))


def _business_name(ent: Span, head: str) -> bool:
    """An organisation's name in apposition names the head when the head is a body's noun ("its parent company"),
    or when the name has a business's form ("Tovik Chemicals", "Tovik Inc.") after a noun a person or a business
    can be ("the owner"): the NER's organisation renaming a noun of people is often a person's name it misread."""
    last = (_name_tokens(ent) or list(ent))[-1]
    return head in _ORG_NOUNS and head not in _SPOKES or last.tag_ == "NNPS" or last.lower_ in _ORG_SUFFIXES


def _singular(noun: str) -> str:
    if noun.endswith("men"):  # congressmen, spokeswomen
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def speaks(noun: Token) -> bool:
    """A common noun for someone or something that makes statements: "voters", "the agency", "a poll"."""
    return _singular(noun.lower_) in _VOICES


EDITORS_MARKS = frozenset(("emphasis", "italics", "bold", "underlining"))  # what a writer adds to the words quoted


def editors_mark(verb: Token) -> bool:
    """"(emphasis added)", "(my emphasis added)", "(italics added)": a writer's mark on the words quoted, no one's
    report, and no one who introduces them."""
    return any(c.dep_ in _SUBJ_DEPS and c.lower_ in EDITORS_MARKS for c in verb.children)


def names_a_person(span: Span) -> bool:
    """Some word of ``span`` is a person's: a name the NER tags as one, a personal title or a noun for a person ("Sen.
    Ana Ruiz", "Mayor Okafor", "The moderator")."""
    return any(t.ent_type_ in _PERSON_LABELS or t.lower_ in _ANY_TITLE or t.lower_ in _PERSON_NOUNS for t in span)


def can_speak(t: Token) -> bool:
    """A word for someone who can make a statement: a named person, organisation or group, a noun that speaks
    (:func:`speaks`), a personal pronoun or a proper noun the NER missed."""
    return t.ent_type_ in SPEAKER_LABELS or speaks(t) or t.tag_ in ("PRP", "NNP", "NNPS")


def _qualifies(ent: Span, root: Token, person: bool) -> bool:
    """``ent`` modifies the head directly ("Clinton aides", "Berg's lawyers", "Russian officials") or through
    "of", "for", "at", "in", "from", "to" ("supporters of Anna Berg"); not "including X", "like X", "as X".
    A place or organisation may also sit in a modifier or noun of its own ("an Oslo-based company",
    "residents of the Westend district"); a person may not ("an official in Mr. Netanyahu's office" is not
    Netanyahu's official)."""
    tok = ent.root
    while not person and tok.head != root and tok.dep_ in _MODIFIER_DEPS | {"npadvmod"} and tok.head != tok:
        tok = tok.head
    if tok.head == root:  # a comma before the head makes it an apposition the parser missed: "Rep. Ana Ruiz,
        # D-N.M., chair of the energy committee" is Ruiz, not "Ruiz's chair"
        return tok.dep_ in _MODIFIER_DEPS and not any(t.text == "," for t in root.doc[ent.end : root.i])
    prep = tok.head
    return prep.dep_ == "prep" and prep.head == root and prep.lower_ in ("of", "for", "at", "in", "from", "to")


def _examples(mention: Span, root: Token) -> int | None:
    """Where a list of examples of a plural speaker starts ("tech companies including Google and Amazon",
    "Internet providers such as Verizon", "Republican leaders like Mitch McConnell", "leaders, among them Ana Ruiz,"):
    the speakers are the group, not its first example."""
    if root.tag_ != "NNS":
        return None
    for c in mention.doc[root.i + 1 : mention.end]:  # also where the list hangs on a modifier of the speaker:
        # "legislators from high-tax states, including Tom Lind"; ", among them" wherever the parse hangs it
        # ("Some economists, among them Lars Eide, say", where "Eide" is a second subject)
        among_them = (c.lower_ == "among" and c.nbor(-1).text == "," and c.i + 1 < len(c.doc)
                      and c.nbor(1).lower_ == "them")
        if among_them or c.dep_ == "prep" and root in c.ancestors and (
                c.lower_ in ("including", "like") or c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)):
            return c.left_edge.i
    return None


def _trim_punct(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


def _after_office(mention: Span, ent: Span) -> bool:
    """``ent`` ends the mention after the office sought: "the Republican nominee for governor Tom Lind" is Lind."""
    office = mention.doc[ent.start - 2 : ent.start]
    return (len(office) == 2 and office[0].lower_ == "for" and office[1].is_lower and office[1].lower_ in _TITLES
            and ent.end >= _trim_punct(mention).end)


def _qualified(mention: Span, root: Token, ent: tuple[Span, str, SpeakerKind]) -> Speaker | None:
    """A common-noun speaker that a name only qualifies ("supporters of Anna Berg", "Clinton aides",
    "Russian officials", "farmers in Iowa"): the name is not who spoke.

    People's aides, lawyers or supporters are named after them ("Anna Berg's supporters"); officials,
    members and sources speak for the organisation or place that qualifies them ("Pentagon officials" ->
    "Pentagon"); other groups keep their own words ("Residents of the Westend district"). ``None`` where
    the entity does name the speaker (it holds the head or follows it, "the senator Anna Berg", or it ends
    the mention after the office sought, "the nominee for governor Anna Berg"; the head
    is a proper noun; a document's author, "a CNN poll"), where the head is no person, group or
    organisation ("Trump's speech"), or where the entity stands in a looser relation ("Trump and other
    leaders"); the caller then names the speaker by the entity. (Examples of a plural speaker, "elders,
    including Mitch McConnell", are handled before: :func:`_examples`.)
    """
    holds_or_follows = ent[0].start - 1 <= root.i < ent[0].end
    noun = _singular(root.lower_)
    conjunct = (ent[0].end < mention.end and mention.doc[ent[0].end].lower_ in ("and", "or")  # "Trump and other ..."
                and ent[0].root.dep_ != "pobj")  # not "judges in Ohio and Utah"
    qualifies = _qualifies(ent[0], root, person=ent[2] == "person")
    # a person deeper in the qualifier is not the one qualified: "critics of Ana Ruiz's policy"
    deeper = ent[2] == "person" and not qualifies and _qualifies(ent[0], root, person=False)
    # a place anywhere under a plural noun says where the group is, not who speaks: "voters in the early states of
    # Iowa and Nevada", "crowds of students in Tehran"; not its officials, sources or authorities, who speak for it
    # (below), nor what it owns ("China's warships": the owner, as before)
    among = (ent[0].label_ in _HOME_LABELS and root.tag_ == "NNS" and root in ent[0].root.ancestors
             and ent[0].root.dep_ != "poss" and noun not in _VOICE_NOUNS and noun not in _ORG_NOUNS)
    # a common noun, or one the tagger reads as a name where it opens a paragraph ("Critics of Sanders write")
    common = root.tag_ in ("NN", "NNS") or root.i == mention.start and root.tag_ == "NNPS" and noun in _SPEAKER_NOUNS
    if (not common or holds_or_follows or conjunct or not (qualifies or deeper or among)
            or _after_office(mention, ent[0]) or noun in _DOCUMENT_NOUNS
            or noun not in _SPEAKER_NOUNS and not (among or deeper and root.tag_ == "NNS")):  # "the administrators at
        # Ana Ruiz's school" are people whatever their noun
        return None
    kind = _noun_kind(root)
    if ent[2] == "person":  # "Ana Ruiz's (campaign) manager"
        role = [w.lower_ for t in root.lefts if t.dep_ == "compound" and t.i >= ent[0].end  # "law enforcement"
                for w in mention.doc[max(t.left_edge.i, ent[0].end) : t.i + 1] if w.is_lower]
        return _speaker(_own_words(mention, root) if deeper else f"{ent[1]}'s " + " ".join([*role, root.lower_]),
                        mention, kind)
    if (noun in _VOICE_NOUNS and ent[0].label_ not in _GROUP_LABELS and not _from_place(ent[0], root)
            and not _of_a_nation(root)):
        # "Pentagon officials", "lawyers for New York"; not "a Chicago lawyer"
        return _speaker(ent[1], mention, ent[2])
    return _speaker(_own_words(mention, root), mention, kind)


def resolve_speaker(
    doc: Doc,
    mention: Span | None,
    anchor_char: int,
    index: EntityIndex | None = None,
    enclosing: Speaker | None = None,
) -> Speaker | None:
    """Resolve a source mention to a :class:`Speaker` (see the module docstring for the rules).

    A mention that cannot be resolved (a pronoun without an antecedent) still says where the speaker is
    named, so it is kept with ``name=None`` rather than guessed or dropped; ``None`` only for no mention.
    """
    if mention is None or not len(mention):
        return None
    mention = _bracket_closed(mention)
    idx = index or entity_index(doc)
    if mention[-1].lower_ in _ABBREVIATED_TITLES:  # a tagger's "Ms." cut from "Ms. Omar", "Alaska Rep." from
        # "Alaska Rep. Tom Lind"
        name = next((e[0] for e in idx.ents if e[0].start == mention.end and e[2] == "person"), None)
        mention = doc[mention.start : name.end] if name is not None else mention
    elif _PARTY_STATE.fullmatch(_trim_punct(mention).text) and mention.start > 1 and doc[mention.start - 1].text == ",":
        # the tagger's "R-Fla." of "Sen. Tom Lind, R-Fla., said": the person it follows
        name = next((e[0] for e in idx.ents if e[0].end == mention.start - 1 and e[2] == "person"), None)
        mention = name if name is not None else mention
    return _resolve(doc, mention, anchor_char, idx, enclosing) or _speaker(
        None, mention, "person" if _trim_punct(mention).text.lower() in _SOMEONE else "other")


def _bracket_closed(mention: Span) -> Span:
    """``mention`` with the bracket that closes the one it leaves open, which the parse hangs on the verb and the
    tagger may leave out: "Sen. Tom Lind (R-Texas)", "the Harbor Party (HP)", "most voters (62%)"."""
    opened = [t.text for t in mention]
    if opened.count("(") <= opened.count(")"):
        return mention
    doc = mention.doc
    for t in doc[mention.end : mention.end + 3]:
        if t.text == ")":
            return doc[mention.start : t.i + 1]
        if t.is_alpha or "\n" in t.text:
            break
    return mention


def _relative_speaker(doc: Doc, mention: Span, head: Token, anchor_char: int, idx: EntityIndex,
                      enclosing: Speaker | None) -> Speaker | None:
    """A relative pronoun's speaker (``mention`` opens with it; ``head`` is the noun its clause is on): the noun's,
    or, for a document the parse hides behind another word, its author ("a statement from Ana Lind, which said",
    where "which" hangs on Lind; "filed a lawsuit on Monday, which claims", where it hangs on the date) or the one
    who issued it anew ("The company issued a statement, which said"; not "the board released the auditor's memo,
    which says", nor a later "the statement", which may be another's)."""
    rel = mention[0]

    def words(first: Token, last: Token) -> Speaker | None:
        return _resolve(doc, doc[first.left_edge.i : last.i + 1], anchor_char, idx, enclosing)

    noun = _antecedent(head) if rel.lower_ in ("who", "whom", "whose") else head
    stop = noun.i + 1
    # "An aide to the governor, who asked not to be named": the aide (to the governor) goes unnamed
    if rel.lower_ == "who" and noun.dep_ == "pobj" and _unnamed_clause(rel.head) and (
            _singular(noun.head.head.lower_) in _PERSON_NOUNS):
        noun = noun.head.head
    if rel.lower_ == "which" and noun.ent_type_ in ("DATE", "TIME"):  # the object of the verb the date hangs on
        noun = next((c for c in noun.head.head.children if c.dep_ == "dobj"), None) if noun.dep_ == "pobj" else None
        if noun is None:
            return None
    # widened to the names the parse cuts ("Americans for | Fair Rents group"), without a quotation's closing mark
    a, b = noun.left_edge.i, max(noun.i + 1, stop)
    while a < noun.i and doc[a].is_punct:
        a += 1
    cut = [e for e, _, kind in idx.ents if e.start < b and e.end > a and kind != "person"]
    sub = doc[min([a] + [e.start for e in cut]) : max([b] + [e.end for e in cut])]
    if noun.dep_ == "conj" and noun.head.i < noun.i and noun.tag_ in ("NNP", "NN") and (  # "Tom Lind and
            # Ana Ruiz, who both have ..." (but "Tom Lind and millions who share his views" are the millions)
            rel.head.tag_ == "VBP" or any(c.lower_ in ("both", "all") for c in rel.head.children)):
        sub = doc[noun.head.left_edge.i : noun.i + 1]
    target = _resolve(doc, sub, anchor_char, idx, enclosing)
    if target is not None and rel.lower_ == "which" and target.kind == "person" and (  # a misattached "which"
            noun.ent_type_ == "PERSON" or _singular(noun.lower_) in _PERSON_NOUNS):
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        target = words(owner, noun) if owner is not None and _document(owner) else None
    if (target is None or target.kind not in _SPEAKING) and (issuer := issuer_of(noun)) is not None:
        target = words(issuer, issuer)
    return _speaker(target.name, mention, target.kind) if target is not None else None


_UNNAMED_WORDS = frozenset(("named", "identified", "anonymity", "authorized", "authorised", "permitted"))


def _unnamed_clause(verb: Token) -> bool:
    """Why a source goes unnamed: "who asked not to be named", "who spoke on condition of anonymity", "who was not
    authorized to speak"."""
    return any(t.lower_ in _UNNAMED_WORDS for t in verb.subtree)


def _resolve(doc: Doc, mention: Span, anchor_char: int, idx: EntityIndex, enclosing: Speaker | None) -> Speaker | None:
    root = _head(mention)
    low = root.lower_
    before = min(anchor_char, mention.start_char)
    rel = mention[0]
    if rel.lower_ == "whose" and len(mention) == 1 and rel.dep_ == "poss":  # the owner in "the bureau whose
        head = _relative_head(rel.head)  # charter says", "Tom Lind, whose spokesman said": the clause's noun
    else:
        head = _relative_head(rel) if rel.lower_ in _RELATIVE and rel.tag_ in ("WDT", "WP") else None
    if head is not None and (len(mention) == 1 or rel.head.i < mention.end  # "who", "which advocates for ..."
                             or all(t.lower_ in ("all", "both", "each") for t in mention[1:])):  # "who all"
        return _relative_speaker(doc, mention, head, anchor_char, idx, enclosing)
    if low in SELF_PRONOUNS and len(mention) == 1:
        if enclosing and enclosing.name:
            return _speaker(enclosing.name, mention, enclosing.kind)
        turn = _turn_speaker(idx, mention.start_char)
        if turn:
            return _speaker(turn, mention, "person")
        intro = _introducer(doc, mention, idx)
        return _speaker(intro.name, mention, intro.kind) if intro else None
    if low in _PERSON_PRONOUNS and len(mention) == 1:
        gender = "f" if low in _FEMININE else "m"

        def unnamed_speaker(unnamed: Span | None) -> Speaker | None:
            """The unnamed antecedent's, unless it resolves to a name of the other gender ("As she spoke, Mr. Lind")."""
            found = _resolve(doc, unnamed, anchor_char, idx, enclosing) if unnamed is not None else None
            if unnamed is None or found is not None and idx.gender.get(found.name, gender) != gender:
                return None
            return _speaker(found.name if found else _own_words(unnamed, unnamed.root), mention,
                            found.kind if found else "person")  # "A hospital spokeswoman": the hospital

        speaker = unnamed_speaker(_unnamed_antecedent(mention[0]))
        # "He said" after a report is its speaker again; not so a pronoun inside what was said ("The speaker noted
        # Lind's speech, in which he stated ...")
        past_said = not idx.blocked[mention.start_char]
        name = _conjoined_person(mention[0], idx, gender) if speaker is None else None
        reporter = _unnamed_subject(mention[0], idx, speaking=True) if speaker is None and name is None else None
        if reporter is not None and _recent_person(idx, before, gender, past_said,
                                                   after=reporter.start_char) is None:
            speaker = unnamed_speaker(reporter)  # the unnamed person who spoke last, no name of the gender since
        likened = _likened(mention[0], idx)
        if speaker is None and name is None:
            name = _described_subject(doc, mention[0], idx, gender) or _recent_person(
                idx, before, gender, past_said, skip=likened)
        if speaker is None and name is None:  # nobody named before
            speaker = unnamed_speaker(_unnamed_subject(mention[0], idx))
        if speaker is None and name is None and past_said:  # the one of that gender is named only in what was said
            # ("Lind accused Ana Ruiz of ... after she")
            name = _recent_person(idx, before, gender, past_said=False, skip=likened)
        if speaker is None and name is None:  # nobody else fits: the birth records guessed wrong ("Dr. Amara Diallo
            # ... He called")
            name = _recent_person(idx, before, gender, past_said, skip=likened, records=False)
        return _speaker(name, mention, "person") if name else speaker
    if low in _GROUP_PRONOUNS and len(mention) == 1:
        if _expletive(mention[0]):
            return None
        singular = low in ("it", "its")
        thing = _subject_antecedent(mention[0], idx, singular)
        found = _resolve(doc, thing, anchor_char, idx, enclosing) if thing is not None else None
        if found is not None and singular and found.kind == "person" and not _issuer(thing.root):  # "the Ana Ruiz
            found = None  # squad ... it": the squad (but a document the person issued speaks for them)
        if found is not None or thing is not None and thing.root.lower_ not in _GROUP_PRONOUNS:
            return _speaker(found.name if found else _own_words(thing, thing.root), mention,
                            found.kind if found else "other" if singular else "group")
        g = _recent_group(idx, before, singular=singular)
        return _speaker(g[0], mention, g[1]) if g else None
    if low == "both" and len(mention) == 1:
        pair = _the_two(idx, mention)
        return _speaker(_joined(pair), mention, "group") if pair else None
    part = _partitive(mention, root)
    if part is not None:
        counted = _counted_speaker(doc, mention, root, part, anchor_char, idx, enclosing)
        if counted is not None:
            return counted
    transcript = _transcript_speaker(mention, idx)
    if transcript is not None:
        return transcript
    if any(c.dep_ in ("cc", "preconj") and c.lower_ in ("neither", "nor") for c in root.children):
        return _speaker(_own_words(mention, root), mention, "group")  # "Neither Lind nor Berg would say": not Berg
    coordinated = _conjuncts(mention, root, idx)
    if coordinated is not None:  # "Tom Lind and Ana Ruiz said": a joint statement is theirs, not its first member's
        parts, word = coordinated
        names = []
        for part in parts:
            listed = _listed_people(part, idx)
            if listed is not None:  # the parse nested the last members: "A, B, Mayor C and Chief D"
                names.extend(listed)
                continue
            found, head = _resolve(doc, part, anchor_char, idx, enclosing), _head(part)
            plural = head.tag_ in ("NNS", "NNPS")  # a group keeps its words: "Trump and other Republicans"
            # each member without its aside: "Republicans (84%) and Democrats (74%)", whose first bracket the part
            # leaves open
            names.append(found.name if found is not None and found.name and not plural
                         else _as_name(_own_words(part, head)))
        names = list(dict.fromkeys(names))
        if len(names) > 1:
            return _speaker(_joined(names, word), mention, "group")
    people = _listed_people(mention, idx)
    if people is not None:
        return _speaker(_joined(people), mention, "group")
    # "Labour's finance spokesperson, Priya Shah": a person renaming the head is the speaker.
    listed = _examples(mention, root)  # (not a name among the examples: "Leaders, among them Senator Ruth Hale,")
    renamed = next((e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start < mention.end
                    and _is_apposition(e[0], root) and (listed is None or e[0].start < listed)),
                   None) if root.tag_ in ("NN", "NNS") else None
    # "Fox News’ Ana Ruiz", "Vox's Tom Hale": an outlet's person
    owned_name = next((e for e in idx.ents if e[2] == "person" and e[0].end == _trim_punct(mention).end
                       and mention.start < e[0].start - 1 and doc[e[0].start - 1].text in ("’", "'", "’s", "'s")
                       and doc[e[0].start - 1].tag_ in ("POS", "''")  # the outlet opens the mention
                       and all(t.tag_ in ("NNP", "NNPS", "DT") for t in doc[mention.start : e[0].start - 1])), None)
    if owned_name is not None:
        return _speaker(owned_name[1], mention, "person")
    # "Its parent company, Tovik Chemicals", "The plant's owner, Tovik Inc." (not "His union, not the Harbor League,")
    if renamed is None and root.tag_ == "NN":
        firm = next((e for e in idx.ents if e[2] == "organization" and mention.start <= e[0].start < mention.end
                     and _is_apposition(e[0], root) and _business_name(e[0], low)
                     and not any(t.lower_ == "not" for t in doc[root.i + 1 : e[0].start])), None)
        if firm is not None:
            return _speaker(firm[1], mention, "organization")
    if renamed is not None:  # with those listed with the person: "two senators, Tom Lind and Ana Ruiz of Utah,"
        chain = {renamed[0].root.i}
        for t in doc[renamed[0].end : mention.end]:
            if t.dep_ == "conj" and t.head.i in chain:
                chain.add(t.i)
        more = [e[1] for e in idx.ents if e[2] == "person" and renamed[0].end < e[0].end <= mention.end
                and e[0].root.i in chain]
        if more and root.tag_ == "NNS":
            return _speaker(_joined([renamed[1], *more]), mention, "group")
        return _speaker(renamed[1], mention, "person")
    # "The Ohio Republican said ...": a party member named by the party alone is a person; "the"
    # one is the person named last, or the unnamed one introduced since ("One senior Democrat predicted ...
    # this Democrat said"); "a Tea Party Republican" is someone unnamed.
    if (low in _PARTISANS and root.tag_ in ("NNP", "NN") and mention[0].lower_ in _DEFINITE | _INDEFINITE
            and not (root.i + 1 < len(doc) and doc[root.i + 1].text == "-")  # not "a Democrat-controlled Senate"
            and not any(e[2] == "person" and mention.start <= e[0].start < mention.end for e in idx.ents)):
        if mention[0].lower_ in _INDEFINITE:
            return _speaker(_own_words(mention, root), mention, "person")
        i = bisect_left(idx.person_starts, before)
        named_at = idx.person_starts[i - 1] if i else -1
        unnamed = next((t for t in reversed(doc[max(0, mention.start - 200) : mention.start]) if t.lower_ == low
                        and t.idx > named_at and doc[t.left_edge.i].lower_ in _INDEFINITE), None)
        if unnamed is not None:
            return _speaker(_own_words(doc[unnamed.left_edge.i : unnamed.i + 1], unnamed), mention, "person")
        same_party = _recent(idx.persons, idx.person_starts, before, lambda name: idx.party.get(name, low) == low)
        return _speaker(same_party or _own_words(mention, root), mention, "person")
    # "his office", "her campaign": the possessor's organisation.
    poss = next((c for c in root.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    if (low in _ORG_NOUNS and poss is not None and low not in _SPOKES and low not in _AUTHORED  # (:func:`_author`)
            and not (root.tag_ == "NNP" and any(_index_entities_at(idx, root)))):  # nor a named
        # body's: "the White House’s Council of Economic Advisers"
        body = _place_body(root, idx)
        if body is not None:
            return _speaker(body, mention, "organization")
        owner_span = doc[poss.left_edge.i : poss.i + 1]
        owner = _resolve(doc, owner_span, before, idx, enclosing)
        if owner is None:
            return None
        # "the nurses' union" names itself
        if owner.name == _as_name(_description(owner_span)) and poss.tag_ in ("NN", "NNS"):
            return _speaker(_own_words(mention, root), mention, "organization")
        return _speaker(owner.name if owner.kind != "person" else f"{owner.name}'s {low}", mention, "organization")
    # "the Obama campaign": a person's organisation, named like "his campaign"; not "the Obama White House".
    if low in _ORG_NOUNS and low not in _SPOKES and not any(_index_entities_at(idx, root)):
        owner = next((e for e in idx.ents if e[2] == "person" and e[0].root.head == root
                      and e[0].root.dep_ == "compound" and mention.start <= e[0].start), None)
        if owner is not None:
            return _speaker(f"{owner[1]}'s {low}", mention, "organization")
    # "a spokesperson for X" / "X's spokesman" / "a Commission spokesman" / "a department spokesman":
    # X's organisation (a common noun only when it is the head of an organisation the article names, or a
    # business noun, "a company spokesperson", which refers back like "the company").
    if low in _SPOKES:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from")), None)
        named = next((c for c in root.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NN")), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else poss or named
        if obj is not None:
            end = obj.right_edge.i + (doc[obj.right_edge.i].tag_ != "POS")  # "the ministry's" -> "the ministry"
            # a name the parse hangs on the owner is the spokesman's: "The spokesman for the fire department, Capt.
            # Rolf Ansel," is Ansel, not his office
            set_off = next((c for c in obj.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
            person = next((e for e in idx.ents if e[2] == "person" and e[0].start <= set_off.i < e[0].end),
                          None) if set_off is not None else None
            if person is not None:
                return _speaker(person[1], mention, "person")
            end = min(end, set_off.left_edge.i - 1) if set_off is not None else end
            owner_span = doc[obj.left_edge.i : end]
            owner = _resolve(doc, owner_span, before, idx, enclosing)
            if owner is not None:
                name = owner.name if owner.kind != "person" else f"{owner.name}'s office"
                written = _description(owner_span)
                if name == written:  # no entity: maybe part of a known name ("European Commission")
                    name = next((o for o in idx.orgs if _contains_words(o, name)), name)
                if name == written and obj is named and obj.lower_ in _COMPANY_NOUNS:  # "a company spokesman"
                    name = _recent_company(idx, before, obj.lower_) or name
                if obj is not named or obj.tag_ == "NNP" or name != written:
                    return _speaker(name, mention, "organization")
    # "the bureau whose charter says", "the union, whose leaders said": the owner speaks through them (its
    # spokesman, office or campaign are above), but not through people of their own ("young people whose parents")
    if poss is not None and poss.lower_ == "whose" and (
            _singular(low) in _VOICE_NOUNS or _singular(low) not in _PERSON_NOUNS | _KIN):
        owner = _resolve(doc, doc[poss.i : poss.i + 1], before, idx, enclosing)
        return _speaker(owner.name, mention, owner.kind) if owner is not None else None
    # "Republicans, from Lind to Anna Berg to Piotr Castell,": a range of examples (wherever the parser hangs
    # it) does not name the group.
    range_from = next((t for t in mention[2:] if t.lower_ == "from" and t.nbor(-1).text == ","
                       and t.nbor(-2).tag_ in ("NNS", "NNPS")
                       and any(x.lower_ == "to" for x in doc[t.i + 2 : mention.end])), None)
    if range_from is not None:
        group = _resolve(doc, doc[mention.start : range_from.i - 1], anchor_char, idx, enclosing)
        return _speaker(group.name, mention, group.kind) if group is not None else None
    if _document(root):
        author = _author(doc, mention, root, before, idx, enclosing)
        if author is None and len(mention) == 2 and mention[0].lower_ == "the":  # "the report": the one named last
            author = _earlier_author(idx, mention, low)
        if author is not None:
            return author
    # "Senior officials in President Anna Berg's administration": the person's organisation, as "his office".
    org_of = next((e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start < mention.end
                   and _in_persons_org(e[0], root)), None) if _singular(low) in _VOICE_NOUNS else None
    if org_of is not None:
        return _speaker(f"{org_of[1]}'s {org_of[0].root.head.lower_}", mention, "organization")
    ent = _ent_in(idx, mention, root)
    if listed is not None and (ent is None or listed < ent[0].start):
        return _speaker(_description(_trim_punct(mention.doc[mention.start : listed])), mention, _noun_kind(root))
    qualified = _qualified(mention, root, ent) if ent is not None else None
    holders = _role_holders(idx, mention, root, max(before, mention.start_char))
    age_alone = _age_alone(mention)
    if not holders and (_epithet(mention, root, idx) or age_alone):
        name = _recent_person(idx, before, _noun_gender(low), past_said=not idx.blocked[mention.start_char],
                              skip=_not_the_described(root, idx))
        if name is not None or age_alone:  # "the 34-year-old" with no one named before: someone unnamed
            return _speaker(name or _own_words(mention, root), mention, "person")
    if qualified is not None and ent[2] == "person" and ent[0].root.dep_ == "poss" and ent[0].root.head == root:
        # "Ana Ruiz's (Swedish) lawyer (Tom Hale)": the one named there, else one the article gave the title ("his
        # lawyer, Tom Hale", "press secretary Tom Hale") but not for something else ("a spokesman for a tenants'
        # group") nor of a nation ("the U.S. attorney"), and a lawyer only one named as someone's; else no one named
        named = next((e for e in idx.ents if e[2] == "person" and root.i < e[0].start < mention.end), None)
        if named is not None:
            return _speaker(named[1], mention, "person")
        owned = [r for r in holders if r[1] != ent[1] and (_OWNED in r[2] if _singular(low) in _COUNSEL else not any(
            w.startswith("of ") or w in idx.nations for w in r[2]))]
        return _speaker(owned[-1][1], mention, "person") if owned else qualified
    # else "the mayor" of the article; but "a lawyer for the ACLU" is not the lawyer the article named
    if qualified is not None and (root.tag_ == "NNS" or not holders or mention[0].lower_ in _INDEFINITE
                                  and ent[0].label_ == "ORG"):
        return qualified
    # "The governor, a Republican," / "The Republican governor": a group in apposition or as a modifier
    # describes a person noun, it does not name it; so does a name in a title the article gave someone ("the
    # FBI director" after "FBI Director Tom Lind").
    modifies = ent is not None and ent[0].root.head == root and (
        ent[0].root.dep_ in ("amod", "compound") or ent[0].root.dep_ == "poss" and ent[0].label_ in _PLACE_LABELS)
    described = ent is not None and (
        ent[0].label_ in _GROUP_LABELS and low in _PERSON_NOUNS and (_is_apposition(ent[0], root) or modifies)
        or modifies and _from_place(ent[0], root)
        or modifies and bool(holders) and root.tag_ in ("NN", "NNP")
        # what a title is of: "the secretary of state" is no organisation "State"
        or (bool(holders) or low in _PORTFOLIO_NOUNS) and ent[0].root.dep_ == "pobj" and ent[0].root.head.head == root
        and ent[2] != "person")
    if ent is not None and not described and (root.i in range(ent[0].start, ent[0].end) or ent[0].root.head == root
                                              or root.tag_ != "NN" or _after_office(mention, ent[0])):
        # "Its leader, Maria Strand", "His wife, Elif": an appositive name of a person noun names a person,
        # whatever NER said.
        kind = "person" if low in _PERSON_OR_KIN and ent[0].root.dep_ == "appos" else ent[2]
        return _speaker(ent[1], mention, kind)
    if root.tag_ in ("NN", "NNP") and holders:
        return _speaker(holders[-1][1], mention, "person")
    if low == "president" and len(mention) == 2 and mention[0].lower_ == "the":
        leader = _untitled_leader(idx, before)
        if leader is not None:
            return _speaker(leader, mention, "person")
    if ((low in _ORG_NOUNS or low in _MEDIA_NOUNS) and mention[0].lower_ in ("the", "this", "that")
            and not _of_members(root) and not _of_a_nation(root)
            and not (low == "agency" and _described(mention, root))):
        org = _named_org(idx, low, before, mention)
        if org is None and ent is None and mention[0].lower_ == "the":
            if low in _COMPANY_NOUNS and root.tag_ != "NNP":  # not a name the NER missed ("European Research Group")
                org = _recent_company(idx, before, low)
            elif low in _MEDIA_NOUNS:
                org = _recent(idx.companies, idx.company_starts, before,
                              lambda n: _is_news_org(n) or _MEDIA_SYNONYMS.get(low, low) in idx.outlets.get(n, ()))
        if org:
            return _speaker(org, mention, "organization")
    if ent is not None and not described and not (  # but "a lawyer for the wife of Tom Lind" is not Lind
            ent[2] == "person" and low in _PERSON_NOUNS and _object_of_preposition(ent[0])):
        return _speaker(ent[1], mention, ent[2])
    toks = _name_tokens(mention)  # a name the NER missed: a transcript's "REYES:", a sentence-initial "Voss"
    words = [t.text for t in toks]
    if words and len(words) <= 3 and all(t.tag_ == "NNP" or (t.is_upper or t.is_title) and len(t) > 1 for t in toks):
        person = next((e[1] for e in idx.ents if e[2] == "person" and _plausible_name(e[1])
                       and _contains_name(e[1].split(), words)), None)
        if person is not None:
            return _speaker(person, mention, "person")
        # the same words the NER named elsewhere in the article ("Facebook said" after "the Facebook spokesman")
        same = next((e for e in idx.ents if e[0].text == _name_text(toks)), None) if root in toks else None
        if same is not None:
            return _speaker(same[1], mention, same[2])
    if root.pos_ == "PRON" or root.tag_ in ("PRP", "PRP$", "WP", "EX", "DT"):
        return None
    if all(t.like_num or t.is_punct for t in mention):  # "with 4,747 confirmed cases" tagged as a source
        return None
    return _speaker(_own_words(mention, root), mention, _noun_kind(root))


# Heads that count out of a group named after "of": "several of", "lots of", "a mix of", "one of", "60% of" (and any
# number).
_PARTITIVES = frozenset("some several many most few all lots lot dozens scores hundreds thousands half majority "
                        "minority handful mix one two three four five each both % percent".split())


def _count(tok: Token) -> bool:
    return tok.lower_ in _PARTITIVES or tok.like_num


def of_objects(tok: Token) -> list[Token]:
    """What ``tok`` is "of": "people" of "21% of people", "districts" of "several of the districts"."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _partitive(mention: Span, root: Token) -> Span | None:
    """The group a counting head takes its speakers from ("Several of | Tom Lind's top aides", "Lots of | people in
    Halden"), which names them as it would alone. The head is looked for among the first words: :func:`_head`
    skips a determiner such as "Some"."""
    counts = [t for t in mention[:4] if _count(t)]
    # the one the group hangs on: "60" or "%" of "Nearly 60% of | Lind supporters"
    head = next((t for t in counts if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)),
                counts[0] if counts else None)
    if (head is None or head != root and mention.start <= head.head.i < mention.end
            or any(c.dep_ == "conj" and c.i < mention.end and _count(c) for c in head.children)):  # "88% of X and
        # 57% of Y"
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < mention.end), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.left_edge.i >= mention.end:
        return None
    return mention.doc[obj.left_edge.i : min(obj.right_edge.i + 1, mention.end)]


def _counted_speaker(doc: Doc, mention: Span, root: Token, part: Span, anchor_char: int, idx: EntityIndex,
                     enclosing: Speaker | None) -> Speaker | None:
    """Some of a group (``part``, :func:`_partitive`) speak as the group: "several of Tom Lind's aides" as "Tom
    Lind's aides", "most of the Iowans" as "Iowans"; a person named after it, set off by a comma, is that person
    ("one of his deputies, Rep. Ana Ruiz,"; not examples, "some of the members, such as Tom Lind,"); a plain group
    keeps the mention's words ("one of the suspects", and "half of Hispanic Democrats" are no "Democrats"). ``None``
    where a person is named after the group but cannot be resolved: the caller's rules then apply."""
    named_after = next((e[0] for e in idx.ents if e[2] == "person" and part.end <= e[0].start
                        and e[0].end <= mention.end), None)
    between = doc[part.end : named_after.start] if named_after is not None else ()
    if any(t.text == "," for t in between) and not any(t.lower_ in ("such", "including", "like") for t in between):
        found = _resolve(doc, doc[named_after.start : mention.end], anchor_char, idx, enclosing)
        return _speaker(found.name, mention, found.kind) if found is not None and found.name else None
    found = _resolve(doc, part, anchor_char, idx, enclosing) if part.root.pos_ != "PRON" else None
    head, bare = _head(part), _as_name(part[1:].text if part[0].tag_ == "DT" else part.text)
    if found is not None and found.name and (found.name == bare if head.ent_type_ in _GROUP_LABELS
                                             else found.name != _as_name(_own_words(part, head))):
        return _speaker(found.name, mention, found.kind)
    return _speaker(_own_words(mention, root), mention, "person" if mention[0].lower_ == "one" else "group")


def _from_place(ent: Span, root: Token) -> bool:
    """A place before a noun of someone says where they come from or whom they represent ("a Los Angeles radio
    personality", "a Utah blogger", "the Texas senator"), as it does of a business ("a Boston newspaper"):
    they do not speak for it, as its officials, its rulers or a poll of it do ("Pentagon officials", "the Iran
    regime", "an Iowa poll")."""
    noun = _singular(root.lower_)
    return (ent.label_ in _HOME_LABELS and ent.root.dep_ == "compound"
            and (root.tag_ in ("NN", "NNS") or noun in _PERSON_NOUNS)
            and noun not in _PUBLIC_BODIES and noun != "regime" and noun not in _AUTHORED and noun not in _RECORDINGS
            and (noun not in _VOICE_NOUNS or noun in _COUNSEL))


def _object_of_preposition(ent: Span) -> bool:
    """``ent`` is what a preposition right before it governs ("the wife of Tom Lind", "a source close to Lind"),
    not a name run on from a title ("Chair of the Missouri Democrats Ana Ruiz") nor one given "as" a name."""
    prep = ent.doc[ent.start - 1] if ent.start else None
    return ent.root.dep_ == "pobj" and prep is not None and ent.root.head == prep and prep.lower_ != "as"


def _of_a_nation(noun: Token) -> bool:
    """A nationality or party adjective qualifies the noun: "the French group", "the Sudanese foreign ministry" or
    "a Western official in Kabul" is not the group, ministry or place the article named last."""
    return any(c.dep_ == "amod" and c.ent_type_ in _GROUP_LABELS for c in noun.children)


def _of_members(noun: Token) -> bool:
    """The noun is "of" a plural: "the bipartisan group of senators" is its members, no organisation named before."""
    return any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


def _unnamed_antecedent(pron: Token) -> Span | None:
    """The unnamed person a "he"/"she" in an adverbial clause refers back to within its sentence, where no name
    comes before it there: "A think tank did not renew the contract of a researcher after she tweeted ...", "his
    firing of the acting attorney general after she said ..." are the researcher's and the attorney general's
    words, not those of the person the article named last, paragraphs before; in a clause before its main clause,
    the person who is that clause's subject ("Before he took questions, Tom Lind thanked ..."). Not a main clause's
    subject ("After meeting a reporter, he said ..." is the person named before), a noun of the other gender
    ("spokesman") or what the pronoun's person is ("As an attorney, she helped ... as she recalled")."""
    if pron.dep_ not in _SUBJ_DEPS or pron.head.dep_ != "advcl":
        return None
    before = pron.doc[pron.sent.start : pron.i]
    if any(t.ent_type_ in _PERSON_LABELS for t in before):
        return None
    clause, main = pron.head, pron.head.head
    subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if subj is not None and clause.i < main.i and (subj.ent_type_ in _PERSON_LABELS or _unnamed_person(subj, pron)):
        return pron.doc[subj.left_edge.i : subj.i + 1]
    noun = next((t for t in reversed(before) if _unnamed_person(t, pron) and t.dep_ != "compound"
                 and not (t.dep_ == "pobj" and t.head.lower_ in ("as", "like"))), None)  # "As an attorney, she"
    return None if noun is None else pron.doc[noun.left_edge.i : noun.i + 1]


def _conjoined_person(pron: Token, idx: EntityIndex, gender: str) -> str | None:
    """The person who is the subject of the clause that a "he"/"she" subject's clause is coordinated with, where of
    that gender: "Mr. Romney managed a smile when Mr. Clinton introduced him, and he even joked" is Romney's joke,
    though Clinton is named nearer."""
    verb = pron.head
    if pron.dep_ not in _SUBJ_DEPS or verb.dep_ != "conj" or verb.head.i > pron.i:
        return None
    subj = next((c for c in verb.head.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None or idx.blocked[subj.idx]:
        return None
    i = bisect_right(idx.person_starts, subj.idx)
    p = idx.persons[i - 1] if i else None
    return p[2] if p is not None and p[1].start <= subj.i < p[1].end and idx.gender.get(p[2], gender) == gender \
        else None


def _unnamed_person(noun: Token, pron: Token) -> bool:
    """A person noun without a name that the he/she ``pron`` can refer to: "the researcher", "her husband", not
    "spokesman" or "husband" for "she"."""
    other = _MALE if pron.lower_ in _FEMININE else _FEMALE
    sex = _KIN_GENDER.get(noun.lower_)
    return (noun.tag_ == "NN" and noun.lower_ in _PERSON_OR_KIN and not noun.ent_type_
            and noun.lower_ not in other and sex in (None, "f" if pron.lower_ in _FEMININE else "m"))


def _unnamed_subject(pron: Token, idx: EntityIndex, speaking: bool = False) -> Span | None:
    """Whom a "he"/"she" means where the article names nobody before it: the unnamed person who is a subject in its
    sentence or the two before ("At the debate, the GOP nominee refused to say ... Instead, he said", "The leader
    once condemned it, but now he relishes ..."). Not a noun of the other gender, nor one inside a quotation.
    ``speaking``: only someone new who spoke in a sentence before, the indefinite subject of a speech verb ("One
    neighbor said he saw them leave. "They ran," he said"; "the businessman" is mostly the person named before),
    not where it spoke to someone of the pronoun's gender ("A reporter asked her ... She said") nor in a sentence
    with a person named as a subject ("Lind then met his advisers, one aide said. By noon, he ...")."""
    doc = pron.doc
    same = _FEMININE if pron.lower_ in _FEMININE else _MASCULINE

    def new_speaker(t: Token) -> bool:
        return t.head.lower_ in SPEECH_FORMS and any(c.lower_ in ("a", "an", "another", "one") and c.dep_ in (
            "det", "nummod") for c in t.children) and not any(
            c.dep_ in ("dobj", "dative") and c.lower_ in same for c in t.head.children) and not any(
            kind == "person" and t.sent.start <= e.start < t.sent.end and _subject(e.root) for e, _, kind in idx.ents)

    return next((doc[t.left_edge.i : t.i + 1]
                 # (a sentence before: resolving the speaker's words, "A spokesman for his office", never comes
                 # back to this pronoun)
                 for t in reversed(doc[_sentences_back(pron, 2) : pron.sent.start if speaking else pron.i])
                 if t.dep_ in _SUBJ_DEPS and _unnamed_person(t, pron) and not idx.quoted[t.idx]
                 and (not speaking or new_speaker(t))), None)


def _described_subject(doc: Doc, pron: Token, idx: EntityIndex, gender: str) -> str | None:
    """The person a "he"/"she" means where the subject of its sentence or the one before is a title for someone the
    article named ("Hoyer accused the president of ... The president defended the talks. He said" is the president,
    Trump, not Hoyer, the last name). Not where a person of the pronoun's gender is the subject of a clause after
    that title, nor a title inside a quotation or what was said, nor one joined to the pronoun ("The mayor and he
    noted"), nor one that names nobody; not other person nouns, which the article may use for several people ("the
    student")."""
    noun = next((t for t in reversed(doc[_sentences_back(pron, 1) : pron.i])
                 if t.dep_ in _SUBJ_DEPS and t.tag_ == "NN" and t.lower_ in _ANY_TITLE and not t.ent_type_
                 and not idx.blocked[t.idx] and _main_clause(t.head) and t.head != pron.head), None)
    if noun is None or doc[noun.left_edge.i].lower_ not in _DEFINITE:
        return None
    i = bisect_left(idx.person_starts, noun.idx)
    if any(p[3] and idx.gender.get(p[2], gender) == gender and not idx.blocked[p[0]]
           for p in idx.persons[i : bisect_left(idx.person_starts, pron.idx)]):
        return None
    found = _resolve(doc, doc[noun.left_edge.i : noun.i + 1], noun.idx, idx, None)
    named = found is not None and any(name == found.name for _, name, kind in idx.ents if kind == "person")
    return found.name if named and idx.gender.get(found.name, gender) == gender else None


def _sentences_back(tok: Token, n: int) -> int:
    """Where the ``n``-th sentence before ``tok``'s begins (the document's first, at most), as a token index."""
    start = tok.sent.start
    for _ in range(n):
        start = tok.doc[max(start - 1, 0)].sent.start
    return start


def _the_two(idx: EntityIndex, both: Span) -> list[str] | None:
    """Whom a "both" that speaks means: the two people named in its sentence and the one before it, in the
    article's order ("Reps. Charlie Dent and Jim Gerlach, two moderates. In separate interviews, both said ...").
    None where more or fewer are named there, or where it floats after its subject, which the parse makes it an
    apposition of ("The firms that run the exchange and the market both said")."""
    if both.root.dep_ == "appos":
        return None
    start = both.doc[_sentences_back(both[0], 1)].idx
    names = list(dict.fromkeys(p[2] for p in idx.persons if start <= p[0] < both.start_char))
    return names if len(names) == 2 else None


def _expletive(pron: Token) -> bool:
    """An "it" that stands for the clause after it, not for a speaker: "after it was revealed that she had used a
    private server", "it is not clear whether ...", "It is risible to invoke the act". Nobody is named there."""
    verb = pron.head
    clause = any(c.dep_ in ("ccomp", "csubj", "xcomp") and c.i > pron.i for c in verb.children)
    return pron.lower_ == "it" and (pron.dep_ == "expl" or pron.dep_ in _SUBJ_DEPS and clause and (
        pron.dep_ == "nsubjpass" or verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)))


def _subject_antecedent(pron: Token, idx: EntityIndex, singular: bool) -> Span | None:
    """What a speaking "it" or "they" refers to: the subject of a clause that governs its own ("the department says
    it does not have to comply", "Tovik Bank cut jobs and it said", "Facebook has drawn criticism since it
    announced", an online platform the NER leaves untagged) or of an adverbial clause before it ("When the
    unions met the mayor, they said"), else, where nothing before it in its sentence
    has a subject, of the sentence before ("The search warrant offered new details ... It shows", "The review was
    released Friday. It found ... But it concluded", "Leaders of the port unions met the mayor. They want ...", "Ana
    Lind and Tom Hale met the mayor. They ..." where the NER tags only one of them).
    News writes "it" and "they" for the subject it has just spoken of, not for the place, organisation or group
    named last ("the inquiry into his Manhattan office. It shows" is not Manhattan's). None where that subject is
    quoted, for "it" a person (unless the person issued a document "it" then stands for, :func:`_issuer`), several
    or a bare word that may be a name ("Tapper" tagged as a noun), for "they" a single one or things that cannot
    speak ("These points ... they"), or a pronoun of the same number that stands for a clause or refers to none of
    these: the organisation, place or group named last then, as before."""
    doc, quoted = pron.doc, idx.quoted
    subj = next((c for verb in pron.head.ancestors for c in _clause_subjects(verb) if c.i < pron.i), None)
    if subj is None and pron.dep_ in _SUBJ_DEPS:  # "When outspoken conservatives look for analogies, they ..."
        subj = next((c for a in pron.head.children if a.dep_ == "advcl" and a.i < pron.i
                     for c in _clause_subjects(a)), None)
    sent = pron.sent
    if subj is None and not any(t.dep_ in _SUBJ_DEPS and not quoted[t.idx] for t in doc[sent.start : pron.i]):
        for _ in range(3):  # a quotation's sentences are passed over: 'Lind's office said ... "...," it said.'
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            subj = next(_clause_subjects(sent.root), None)
            if subj is None or not quoted[subj.idx]:
                break
            subj = None
    if subj is None or quoted[subj.idx]:
        return None
    several = any(c.dep_ == "conj" for c in subj.children)
    if singular and not _issuer(subj) and (several or not (
            subj.lower_ == "it" and not _expletive(subj)
            or subj.tag_ == "NN" and not subj.ent_type_ and subj.lower_ not in _PERSON_NOUNS
            and any(c.dep_ in ("det", "poss") for c in subj.children)
            or subj.tag_ == "NNP" and subj.ent_type_ not in ("", *_PERSON_LABELS, *_GROUP_LABELS)
            or subj.tag_ == "NNP" and not subj.ent_type_ and _organisation_at(idx, subj))):
        return None
    if not singular and not (subj.lower_ == "they" or (several or subj.tag_ in ("NNS", "NNPS")) and (
            subj.ent_type_ in _WHO_LABELS or _singular(subj.lower_) in _THEY_NOUNS)
            or several and any(_speaker_at(idx, c) for c in (subj, *subj.conjuncts))):
        return None
    return doc[subj.i : subj.i + 1] if subj.lower_ in _GROUP_PRONOUNS else doc[subj.left_edge.i : subj.right_edge.i + 1]


def _index_entities_at(idx: EntityIndex, tok: Token) -> Iterator[tuple[Span, str, SpeakerKind]]:
    """The index's entities that hold ``tok``."""
    return (e for e in idx.ents if e[0].start <= tok.i < e[0].end)


def _speaker_at(idx: EntityIndex, tok: Token) -> bool:
    """``tok`` is in a name the index holds as someone who can speak, though the NER left it untagged ("Ana Lind
    and Tom Hale met the mayor. They ...", where only Tom Hale is tagged); not a place."""
    return any(kind != "other" and e.label_ not in _PLACE_LABELS for e, _, kind in _index_entities_at(idx, tok))


def _organisation_at(idx: EntityIndex, tok: Token) -> bool:
    """``tok``, which the NER left untagged, is an online platform ("Facebook has drawn criticism since it
    announced ...") or in a name the index holds as an organisation."""
    return tok.lower_ in _PLATFORMS or any(kind == "organization" for _, _, kind in _index_entities_at(idx, tok))


def _introducer(doc: Doc, mention: Span, idx: EntityIndex) -> Speaker | None:
    """Who the paragraph before ``mention``'s introduces with a reporting verb and a colon: the speaker of a block
    quotation printed without quotation marks ("Here's what Tom Lind told the paper:\n\nI think ..."; "Lind
    wrote on Facebook:"). Only the paragraph right after the colon: where a block ends, the writer's own "I"
    may follow. Not an "I" that introduces ("In an earlier post, I quoted the paper:")."""
    i = mention.start  # back to the paragraph's break, then over it (tokens: ``doc.text`` rebuilds the text)
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    while i > 0 and doc[i - 1].is_space:
        i -= 1
    if i == 0 or doc[i - 1].text != ":":
        return None
    for verb in reversed(doc[i - 1].sent[:-1]):
        if verb.lower_ not in SPEECH_FORMS or verb.pos_ not in ("VERB", "AUX") or editors_mark(verb):
            continue
        for subj in _clause_subjects(verb):
            if subj.lower_ in SELF_PRONOUNS:
                return None
            found = _resolve(doc, doc[subj.left_edge.i : subj.i + 1], subj.idx, idx, None)
            if found is not None and found.name:
                return found
    return None


def _clause_subjects(verb: Token) -> Iterator[Token]:
    """The subjects of ``verb``'s clause, also where the parse hangs one on an auxiliary ("The report did,
    however, lay out ...": "report" <- "did" <- "lay")."""
    for c in verb.children:
        if c.dep_ in _SUBJ_DEPS:
            yield c
        elif c.dep_ in ("aux", "auxpass"):
            yield from (s for s in c.children if s.dep_ in _SUBJ_DEPS)


_READ_BY = frozenset("seen obtained reviewed read received viewed acquired examined leaked".split())  # not authors


def _author(doc: Doc, mention: Span, root: Token, before: int, idx: EntityIndex,
            enclosing: Speaker | None) -> Speaker | None:
    """Who speaks through a document: the one after "by" or "from" ("a report from the Office of Rural Affairs", "a
    poll released Thursday by Quinnipiac University", not "a memo seen by reporters"), an organisation it appears in
    ("a study in the Journal of X"), the one a recording is of or an interview with; else the one owning it ("the
    committee's report", "the minister's letter") or a name modifying it ("a CNN poll", "Berg's letter"); never what
    it is about ("a review of the Harbor Fund", "a report on Mayor Tom Lind's program"). The document itself when no
    author is named but other names are; None when no name is in the mention."""
    preps = [c for c in root.children if c.i < mention.end and c.dep_ in ("prep", "agent")]
    preps += [p for c in root.children if c.dep_ == "acl" and c.i < mention.end and c.lower_ not in _READ_BY
              for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i < mention.end]
    noun = _singular(root.lower_)
    for prep in preps:
        kinds = {"by": _SPEAKING, "from": _SPEAKING, "in": {"organization"},
                 "of": _SPEAKING if noun in _RECORDINGS else (),
                 "with": {"person", "group"} if noun == "interview" else ()}.get(prep.lower_, ())
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if kinds else None
        if obj is None:
            continue
        cut = [c.left_edge.i for c in obj.rights if c.dep_ in ("acl", "relcl")]  # "scholars published in ..."
        end = min([*cut, obj.right_edge.i + 1, mention.end])
        if end <= obj.left_edge.i:
            continue
        author = _resolve(doc, doc[obj.left_edge.i : end], before, idx, enclosing)
        # not "an interview with the magazine X", nor "a report in Ohio"
        if author is not None and author.kind in kinds and (prep.lower_ != "in" or author.name not in idx.places):
            return _speaker(author.name, mention, author.kind)
    owner = next((c for c in root.children if c.dep_ == "poss" and not c.ent_type_ and c.i >= mention.start), None)
    if owner is not None:  # "the committee's report", "his statement": whoever the owner is (a name: below)
        # with the body between ("the drivers' union statement" is the union's, not the drivers')
        body = next((c for c in root.children if c.dep_ == "compound" and c.i > owner.i and speaks(c)), owner)
        author = _resolve(doc, doc[owner.left_edge.i : body.i + 1], before, idx, enclosing)
        if author is not None and author.kind in _SPEAKING:
            return _speaker(author.name, mention, author.kind if body is owner else _noun_kind(body))
    inside = [e for e in idx.ents if mention.start <= e[0].start < mention.end]
    # a name the document hangs on ("a CNN poll", "Berg's letter"), or one outside its phrase that the
    # tagger's mention runs into ("In a 2019 survey of young people, the Trevor Project, ... found")
    authors = [e for e in inside if e[0].root.head == root and e[0].root.dep_ in _MODIFIER_DEPS | {"appos"}
               or not root.left_edge.i <= e[0].start < root.right_edge.i + 1]
    if authors:
        party = _PARTY_WORDS.get(authors[0][1].lower()) if authors[0][2] == "group" else None
        # "the Democratic memo" is the Democrats'
        return _speaker(f"{party.title()}s" if party else authors[0][1], mention, authors[0][2])
    return _speaker(_own_words(mention, root), mention, _noun_kind(root)) if inside else None


_STATE_NOUNS = frozenset(("government", "administration", "regime", "state", "authorities", "authority"))
_PASSING = frozenset("new former current own top main previous then outgoing incoming".split())  # no body's name


def _place_body(root: Token, idx: EntityIndex) -> str | None:
    """"Kenya's health ministry", "Ohio's health department": one of a place's bodies, named with the words that
    say which, as written; not "Kenya's (new) government", which is the place's, nor a body with a name of its own
    ("Georgia's Emory University")."""
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or root.lower_ in _STATE_NOUNS or root.lower_ not in _ORG_NOUNS or root.ent_type_:
        return None
    place = next((name for _, name, _ in _index_entities_at(idx, poss) if name in idx.places), None)
    branch = [w for w in root.doc[poss.i + 1 : root.i] if w.dep_ in ("amod", "compound") and w.is_alpha
              and w.lower_ not in _PASSING] if place is not None else []
    return f"{place}'s {root.doc[branch[0].i : root.i + 1].text}" if branch else None


def _in_persons_org(ent: Span, root: Token) -> bool:
    """``ent`` owns an organisation noun that qualifies ``root`` ("officials in Anna Berg's administration", "a
    senior Berg administration official")."""
    org = ent.root.head
    return (ent.root.dep_ in ("poss", "compound") and org != root and org.lower_ in _ORG_NOUNS
            and (org.dep_ == "pobj" and org.head.dep_ == "prep" and org.head.head == root
                 or org.dep_ == "compound" and org.head == root))


def _relative_head(rel: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies, also where the parser failed to attach the clause to it: a
    second clause of the same noun ("Tom Lind, who won twice and who said ...": the first "who"'s noun) and a
    "who" right after a comma and a noun, a parenthetical adverb aside ("Republicans, who've railed against
    ...", "one man, however, who said ...") or to a date after the noun ("a challenger in 2018, who said": people,
    not years, are who)."""
    if rel.head.dep_ == "relcl":
        head = rel.head.head
        if rel.lower_ == "who" and head.dep_ == "pobj" and head.ent_type_ in ("DATE", "TIME"):
            noun = rel.doc[head.head.i - 1] if head.head.i > rel.sent.start else None
            return noun if noun is not None and noun.tag_ in ("NN", "NNS", "NNP", "NNPS") else None
        return head
    if rel.lower_ != "who" or rel.i == rel.sent.start:
        return None
    doc = rel.doc
    prev = doc[rel.i - 1]
    if prev.lower_ in ("and", "or"):
        first = next((t for t in reversed(doc[rel.sent.start : rel.i - 1]) if t.lower_ == "who"), None)
        return first.head.head if first is not None and first.head.dep_ == "relcl" else None
    if prev.text != "," or rel.i < rel.sent.start + 2:
        return None
    noun = doc[rel.i - 2]
    if noun.tag_ == "RB" and noun.i - 2 >= rel.sent.start and doc[noun.i - 1].text == ",":  # ", however,"
        noun = doc[noun.i - 2]
    return noun if noun.tag_ in ("NN", "NNS", "NNP", "NNPS") else None


def _antecedent(noun: Token) -> Token:
    """What "who" refers to when the parser hangs the clause on a noun that cannot speak: "Omar Castillo, the
    front-runner for the Republican nomination, who said ..." is Castillo's clause, not the nomination's. Walks
    up prepositional phrases, appositions and participles to a noun that can (a named entity or a speaker noun):
    "a chorus of activists calling for aid to the island, who argued ..." are the activists, not the island; nor
    is a place or a date anyone ("Tom Lind, the former mayor of New York City, who lobbied ..." is Lind)."""
    tok = noun
    while not (tok.ent_type_ in _WHO_LABELS or _singular(tok.lower_) in _SPEAKER_NOUNS or tok.pos_ == "PRON"):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        elif tok.dep_ in ("appos", "acl"):
            tok = tok.head
        else:
            return noun
    return tok


def _own_words(mention: Span, root: Token) -> str:
    """A common-noun speaker's name: the mention without a relative clause ("scientists who study this"), a
    description a comma sets off after its head ("one farmer, who asked not to be named", "the congressman, a member
    of the leadership,", "critics, including the union,") or after the noun it is "of" ("the government of the
    island, a former colony,"), a relative clause a comma sets off after a name the NER missed ("FEMSA, which runs the
    port,") or after a word that follows the head ("people familiar with the plan, who spoke on condition of
    anonymity"), or of "some of whom" ("nurses, most of whom work nights,"), an intensifying "herself" ("the mayor
    herself"), an age ("Hale, 62,", also after a name), a closing "alike" ("unions and business groups alike") or a
    possessive ending ("The minister's claim that ..." -> "the minister"); lists ("lawmakers, officials and others")
    and names ("Article VI, Section 11") stay whole, as do descriptions without a comma ("an official briefed on the
    talks"); see :func:`_description`."""
    doc = mention.doc
    end = mention.end
    noun = root.tag_ in ("NN", "NNS") or root.lower_ in _PARTISANS  # "a Democrat who oversaw ..." -> "a Democrat"
    # and a title after "the": "The Prime Minister, speaking in Rome," -> "The Prime Minister"
    noun = noun or root.lower_ in _ANY_TITLE and mention[0].lower_ in _DEFINITE
    # and the counted noun of "several of the districts, including ...", but not its relative clause, which says
    # who is counted ("21% of people who voted for Lind")
    counted = of_objects(root) if _count(root) else []
    # and the counting word the parse hangs the description on: "Some of the protesters, mostly students,"
    counter = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if counter is not None and _count(counter) and mention.start <= counter.i:
        counted.append(counter)
    # and the name the head is "of": "the government of Karin Lund, the country's leader since 2015,"
    owner = of_objects(root) if noun and not counted else []
    for head in ([root] if noun or counted else []) + counted + owner:
        for c in head.rights:
            if c.left_edge.i < end and (
                    doc[c.left_edge.i - 1].text == "," and c.dep_ in ("acl", "appos", "prep") or _set_off_relative(c)
                    or c.dep_ == "relcl" and noun and head == root
                    or c.dep_ == "appos" and c.lower_.endswith(("self", "selves"))):
                end = c.left_edge.i
                break
    # an age, a relative clause set off after the head (a name the NER missed) or a word after it ("people familiar
    # with the plan, who spoke on condition of anonymity"), and one of "some of whom" however parsed ("The nurses,
    # most of whom work nights," where the parse makes "most" a subject of the verb after)
    end = min([end] + [c.i - 1 for c in root.rights if _age(c)]
              + [c.left_edge.i for t in mention if t.i >= root.i for c in t.rights if _set_off_relative(c)]
              + [t.i for t in mention if t.text == "," and t.i > root.i and counted_relative(doc, t.i + 1)])
    while end - 1 > mention.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in (",", "alike") or (
            doc[end - 1].tag_ in ("WDT", "WP") and doc[end - 2].pos_ in ("NOUN", "PROPN"))):  # "documents that"
        end -= 1
    return _description(doc[mention.start : end])


_OPENERS = frozenset("\"“‘'([—–")  # marks a sentence may open after (a dash: a dateline's)
_CLOSED_OPENERS = frozenset(("DT", "PDT", "PRP$", "CD", "IN"))  # tags of "The", "All", "His", "One", "At least"


def counted_relative(doc: Doc, i: int) -> bool:
    """A relative clause that counts its head opens at ``i``: "some of whom", "many of which"."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].tag_ in _WH


def _set_off_relative(c: Token) -> bool:
    """``c`` heads a relative clause a comma sets off, opening with its relative word (", which runs the port")."""
    return c.dep_ == "relcl" and c.doc[c.left_edge.i - 1].text == "," and c.left_edge.tag_ in _WH


_WH = frozenset(("WDT", "WP", "WP$", "WRB"))  # tags of the word a relative clause opens with ("which", "whose")


def _description(words: Span) -> str:
    """A description's words with a sentence's capital dropped, so that one description groups as one speaker
    ("The judge said ... the judge added" are both "the judge"); not a name's ("The Valley Ledger", "The Hill"),
    nor a capital inside a sentence ("Goths, Huns and Vandals"), nor a word the article writes in lower case
    nowhere else ("Trump allies", which the tagger may read as a common noun; but "Police said" where "police" is
    written too). A dateline's dash opens a sentence ("HALDEN — The council voted ...")."""
    first = words[0]
    doc = first.doc
    before = doc[first.i - 1] if first.i else None
    if (first.is_title and first.is_alpha and first.tag_ not in ("NNP", "NNPS", "PRP")
            and first.ent_type_ in ("", "CARDINAL") and (len(words) == 1 or not words[1].is_title)
            and (before is None or first.is_sent_start or before.is_space or before.text in _OPENERS)
            and (first.tag_ in _CLOSED_OPENERS or len(first) > 1 and any(t.text == first.lower_ for t in doc))):
        return first.lower_ + words.text[len(first.text) :]
    return words.text


# Singular nouns for people together ("the family said", "the public believes"), and for one person beyond the role
# nouns ("a former hostage told", "the host asked"): kinds of speaker only, no antecedents (but for a "they" after a
# family or couple as a subject, :data:`_THEY_SINGULARS`).
# Not quantities ("46 percent", "many"): a group kind makes a mention a speaker the learned extractor takes from the
# parse ("The top 1 percent would see ..., according to the Tax Foundation" is no report of the top 1 percent).
_COLLECTIVE_NOUNS = {"people", "family", "public", "community", "jury", "majority", "minority", "electorate", "crew",
                     "staff", "faction", "establishment", "movement", "audience", "crowd", "leadership",
                     "opposition"} | _COUPLE_NOUNS
# Organisations ("federal law enforcement", "hospital management").
_BODY_NOUNS = _ORG_NOUNS | _MEDIA_NOUNS | _PLATFORMS | {"media", "press", "caucus", "panel", "legislature", "chamber",
                                                        "enforcement", "management", "league", "tribunal",
                                                        "foundation", "church", "diocese", "assembly", "regime",
                                                        "junta"}
_ONE_PERSON_NOUNS = (_PERSON_NOUNS | _PEOPLE_NOUNS | {"hostage", "staffer", "writer", "listener", "host", "anchor",
                                                      "reader", "viewer", "guest", "caller", "respondent", "partner",
                                                      "individual", "mom", "dad", "mother", "father",
                                                      "speaker", "king", "queen", "prince", "princess", "emperor",
                                                      "monarch", "sultan", "emir", "tsar", "czar", "ayatollah",
                                                      "duke", "duchess", "dictator"}) - _COLLECTIVE_NOUNS - (
    _BODY_NOUNS - _PERSON_NOUNS)  # "the press", "the team" are organisations; "the spokesman" a person


def _age(t: Token) -> bool:
    """"62" of "Hale, 62,": a number of years set off by commas after a name is the person's age (not the year of
    "January 27, 1998,")."""
    return (t.dep_ in ("appos", "npadvmod", "nummod") and t.tag_ == "CD" and t.i > t.head.i and t.head.tag_ == "NNP"
            and t.text.isdigit() and int(t.text) < 120 and t.head.ent_type_ != "DATE"
            and t.doc[t.i - 1].text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",")


def _noun_kind(root: Token) -> SpeakerKind:
    """The kind of speaker a mention's head noun names when no entity does; a document no one is named the author of
    ("The report said") is none of person, organisation or group."""
    if any(_age(c) for c in root.rights):
        return "person"
    if _document(root):
        return "other"
    if (root.tag_ in ("NNS", "NNPS") or root.lower_ in _COLLECTIVE_NOUNS
            or root.lower_ in ("right", "left") and any(c.lower_ == "the" for c in root.children)):
        return "group"  # "the religious right"
    if root.lower_ in _ONE_PERSON_NOUNS:
        return "person"
    # a city that speaks is its government ("the city argued", "the city said"; but "the country" or "a state that
    # backed Lind" is mostly its people)
    return "organization" if root.lower_ in _BODY_NOUNS or root.lower_ in ("city", "municipality") else "other"
