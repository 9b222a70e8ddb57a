"""Word lists of speaker resolution: titles, ranks, nouns for people, organisations, media and documents,
and how each maps to a kind of speaker."""

from __future__ import annotations

import re

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
              "tech", "company", "corporation", "industries", "holdings"}
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
_COURTESY_TITLES = _FEMALE_TITLES | _MALE_TITLES  # the titles that state a sex ("Mrs.", "Mr.")
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
janitor caretaker clinician pediatrician paediatrician immunologist statistician examiner interviewer educator
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
# Nonprofits "the center" or "the foundation" refers back to by the last word of their name ("the Lakeview Policy
# Center"); not organisation nouns, which would keep "the group" or "the organization" from meaning them.
_NONPROFIT_HEADS = frozenset(("center", "centre", "foundation"))
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
# "a third senator": one of a series of sources the writer counts rather than names
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
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

_CAPS_NAME = r"[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){1,3}"  # a name in capitals, two to four words

_AGENCY_WORDS = {"images", "photo", "photos"}  # "Getty Images", "AP Photo/Ann Lee", which the NER may call people

_TITLE_ENDS = frozenset(("chief", "lady"))  # last words of titles that are no title alone ("Police Chief")
_TITLE_ALONE = _ANY_TITLE | _TITLE_ENDS  # words of a title, never a one-word name
_TITLE_OR_PERSON_NOUNS = _PERSON_NOUNS | _TITLE_ALONE
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# A surname with a prefix and an apostrophe ("O’Neill", "D’Souza"): with a curly apostrophe, which the parser's
# training text lacks, the tagger reads it as an adverb or a plural noun and the NER leaves it out of the name.
_PREFIXED_SURNAME = re.compile(r"[A-Z]['’][A-Z][a-z]+")
