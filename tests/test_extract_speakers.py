"""Speaker resolution: pronouns, surnames and titles, organisations, unknown speakers."""

from __future__ import annotations

import pytest
from extract_helpers import check, last_quotes, only
from spacy.tokens import Doc, Span

from stancekit.extract import canonical_entities, entity_index, resolve_speaker
from stancekit.types import Speaker


def test_pronouns_across_sentences(rules_kit):
    text = (
        "Mayor Clara Voss opened the hearing on Tuesday. Thomas Hale arrived late. "
        "She said the bridge would be finished by 2028. He warned that the budget was already spent."
    )
    she, he = rules_kit(text).quotes
    check(she, text, "the bridge would be finished by 2028", "indirect", "said", "Clara Voss", "person")
    check(he, text, "that the budget was already spent", "indirect", "warned", "Thomas Hale", "person")
    assert she.speaker.mention == "She" and he.speaker.mention == "He"


@pytest.mark.parametrize("text, name", [
    ('President Dale Voss spoke in Ohio. House Majority Leader Tom Hale accused the president of ignoring the virus. '
     '"It is shameful," Hale said Tuesday. The president, on Tuesday, defended the plan during a visit to a factory. '
     'He said his advisers were looking closely at the data.', "Dale Voss"),
    # guard: a person of that gender who is a subject after the noun
    ("President Dale Voss spoke in Ohio. The president defended the plan on Tuesday, but Tom Hale called it a "
     "failure. He said the budget would not pass.", "Tom Hale"),
])
def test_he_after_a_subject_described_by_a_title_is_that_person(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("He", name)


def test_they_refers_to_organisation(rules_kit):
    text = "The Greenway Party met on Monday. They said that the carbon tax should double."
    (q,) = rules_kit(text).quotes
    check(q, text, "that the carbon tax should double", "indirect", "said", "Greenway Party", "organization")


def test_they_and_it_refer_to_what_can_speak(rules_kit, kit):
    """"They" after "Republican lawmakers" are the lawmakers, not the adjective; "it" is never a people."""
    lawmakers = ("Republican lawmakers condemned the order on Monday. They said that the president had overstepped "
                 "his authority.")
    court = ("The Supreme Court heard the case as hundreds of Muslims marched outside. It said that the ruling "
             "would stand.")
    for pipeline in (rules_kit, kit):
        they, it = pipeline(lawmakers).quotes[-1], pipeline(court).quotes[-1]
        assert (they.speaker.mention, they.speaker.name, they.speaker.kind) == ("They", "Republican lawmakers", "group")
        assert (it.speaker.mention, it.speaker.name, it.speaker.kind) == ("It", "Supreme Court", "organization")


def test_surname_and_title_resolve_to_fullest_name(rules_kit):
    text = (
        "Finance Minister Anna Berg presented the budget on Monday. "
        "Berg said the deficit would shrink. The minister added that taxes would not rise."
    )
    surname, title = rules_kit(text).quotes
    assert (surname.speaker.name, surname.speaker.mention) == ("Anna Berg", "Berg")
    assert (title.speaker.name, title.speaker.mention, title.speaker.kind) == ("Anna Berg", "The minister", "person")


_BROTHERS = ('Salah Vask fled to Halden after the attacks. "I would rather see my brother in jail," Mohamed Vask told '
             'a broadcaster. ')
_LATER = ("The police searched the flat on Monday and found nothing. Officers also questioned neighbours in the "
          "building for hours, and a court later ordered more searches across the city and in two suburbs. The mayor "
          "asked residents to stay calm and to report anything unusual to the police, and schools in the district "
          "stayed closed for the rest of the week while the search went on. ")


@pytest.mark.parametrize("text, name", [
    (_BROTHERS + "Vask said he doubted that Salah took part.", "Mohamed Vask"),
    # some sentences on, the surname is again the article's first bearer of it
    (_BROTHERS + _LATER + "Vask said he was innocent.", "Salah Vask"),
])
def test_a_surname_two_people_bear_is_the_one_who_just_spoke(kit, text, name):
    assert kit(text).quotes[-1].speaker.name == name


def test_the_author_speaks_an_unnamed_i_outside_quotation_marks(kit):
    """Given the writer, an op-ed's "I think ..." is theirs; a quotation keeps its own speaker, and without an author
    the "I" stays unnamed."""
    text = ("I think the port plan is a mistake, and the council should drop it. “I will vote for it,” Mayor Tom Hale "
            "said. Hale is wrong about the port.")
    speakers = [(q.speaker.name, q.speaker.kind, q.speaker.mention) for q in kit(text, author="Ana Lind").quotes]
    assert speakers[:2] == [("Ana Lind", "person", "I"), ("Tom Hale", "person", "Mayor Tom Hale")]
    assert kit(text).quotes[0].speaker.name is None
    assert [d.quotes[0].speaker.name for d in kit.pipe([text, text], authors=["Ana Lind", None])] == ["Ana Lind", None]
    assert kit(text, author=["Ana Lind", " Tom Hale"]).quotes[0].speaker.name == "Ana Lind, Tom Hale"  # co-authors
    with pytest.raises(TypeError, match="author must be a str, a list of str or None, got int"):
        kit(text, author=12)


def test_a_block_quotation_after_a_colon_is_the_introduced_speakers(rules_kit, kit):
    """A paragraph that ends "He told the paper:" introduces the next paragraph's words, printed without quotation
    marks: its "I" is his; the writer's "I" after the block, or an "I" that introduces, stays unnamed."""
    text = ("Nor did Tom Lindqvist hold back. He told the Harbor Gazette:\n\nI have never seen a worse budget. I "
            "expect the council to reject it.\n\nI think he is wrong about the budget.")
    for pipeline in (rules_kit, kit):
        speakers = {q.text: (q.speaker.mention, q.speaker.name) for q in pipeline(text).quotes}
        assert speakers["the council to reject it"] == ("I", "Tom Lindqvist")
        assert speakers["he is wrong about the budget"] == ("I", None)
    text = "In an earlier post, I quoted the Harbor Gazette:\n\nI expect the council to reject the budget."
    assert [q.speaker.name for q in rules_kit(text).quotes] == [None, None]


def test_a_writers_emphasis_mark_reports_nothing_and_introduces_no_one(rules_kit, kit):
    """"(emphasis added)" marks the words quoted: no statement of "emphasis" (the rules read "added" as a report),
    no cue (the tagger's "emphasis added"), and the block after "He told the Gazette (emphasis added):" is still
    his, the one after "this from Tom Lindqvist (my emphasis added):" nobody's (no introducing verb)."""
    text = ("Tom Lindqvist did not hold back. He told the Harbor Gazette (emphasis added):\n\nI have never seen a "
            "worse budget. I expect the council to reject it.")
    for pipeline in (rules_kit, kit):
        quotes = pipeline(text).quotes
        assert [(q.speaker.mention, q.speaker.name) for q in quotes if q.text == "the council to reject it"] == [
            ("I", "Tom Lindqvist")]
        assert not [q for q in quotes if "emphasis" in q.speaker.mention or "emphasis" in q.cue.text]
    # the tagger's "my" is no source, nor does the block go on from the statement before
    block = kit("Ana Ruiz said the budget was fine. The Gazette then printed this from Tom Lindqvist (my emphasis "
                "added):\n\nI have never seen a worse budget, and the council will reject it.").quotes[-1]
    assert (block.text, block.cue, block.speaker) == (
        "I have never seen a worse budget, and the council will reject it", None, None)


def test_surname_the_tagger_reads_as_a_common_noun(rules_kit, kit):
    """Sentence-initial "Voss" before a present-tense verb is tagged NN; it is still Clara Voss."""
    text = "Clara Voss has long backed the tram line. Voss insists the delays were the contractor's fault."
    for pipeline in (rules_kit, kit):
        q = pipeline(text).quotes[-1]
        assert (q.text, q.speaker.mention, q.speaker.name, q.speaker.kind) == (
            "the delays were the contractor's fault", "Voss", "Clara Voss", "person")


def test_organisation_speakers(rules_kit):
    text = (
        "Thomas Hale left for Brussels. His office said the trip was private. "
        "A spokesperson for the Ministry of Finance said the budget was balanced. "
        "The ministry added that the figures were final."
    )
    office, spokes, ministry = rules_kit(text).quotes
    assert (office.speaker.name, office.speaker.mention, office.speaker.kind) == (
        "Thomas Hale's office", "His office", "organization")
    assert (spokes.speaker.name, spokes.speaker.kind) == ("Ministry of Finance", "organization")
    assert spokes.speaker.mention == "A spokesperson for the Ministry of Finance"
    assert (ministry.speaker.name, ministry.speaker.kind) == ("Ministry of Finance", "organization")


def test_person_organisation_compound(rules_kit):
    text = "Thomas Hale toured the north. The Hale campaign said that the tour had raised record sums."
    (q,) = rules_kit(text).quotes
    check(q, text, "that the tour had raised record sums", "indirect", "said", "Thomas Hale's campaign",
          "organization")


def test_a_name_that_only_qualifies_the_speaker_is_not_the_speaker(rules_kit, kit):
    cases = [
        ("Supporters of Anna Berg said that the vote had been rigged.", "Anna Berg's supporters", "group"),
        ("A lawyer for Anna Berg said that she would appeal.", "Anna Berg's lawyer", "person"),
        ("Farmers in Iowa said that prices had collapsed.", "farmers in Iowa", "group"),
        ("Russian officials said that the talks would resume.", "Russian officials", "group"),
        ("Two senior Pentagon officials said that the strike was legal.", "Pentagon", "organization"),
        ("Donald Trump's lawyer, Michael Cohen, said that the payments were legal.", "Michael Cohen", "person"),
        ("Berg spokesman Tom Lind said that the minister would not resign.", "Tom Lind", "person"),
        ("Arkansas-based Tyson Foods Inc. said that prices would rise.", "Tyson Foods Inc.", "organization"),
        ("Residents of the Westend district said that the works would close shops.",
         "residents of the Westend district", "group"),
        ("Voters in the early states of Iowa and Nevada said that the race was open.",  # a place deeper down
         "voters in the early states of Iowa and Nevada", "group"),
        ("Crowds of students in central Tehran said that the vote was stolen.",
         "Crowds of students in central Tehran", "group"),
        ("Officials in the state of Iowa said that the rain came too late.", "Iowa", "organization"),
        # ... but the leaders of several speak for none of them alone (they were the first, "Norland")
        ("The leaders of Norland, Vestria and Halden said that they had not changed plans.",
         "the leaders of Norland, Vestria and Halden", "group"),
        # ... nor two chambers before the noun the first of them
        ("Senate and House Republican leaders said that the bill would pass.",
         "Senate and House Republican leaders", "group"),
    ]
    for pipeline in (rules_kit, kit):
        for text, name, kind in cases:
            (q,) = pipeline(text).quotes
            assert (q.speaker.name, q.speaker.kind) == (name, kind), text
            assert text.startswith(q.speaker.mention)


def test_business_nouns_refer_back_to_the_company(rules_kit, kit):
    text = ("Norrland Steel said on Monday that it would close two plants. Analysts at Brandt Capital said "
            "the cuts were overdue. The company said that no jobs would move abroad.")
    for pipeline in (rules_kit, kit):
        first, analysts, company = pipeline(text).quotes
        assert (first.speaker.name, analysts.speaker.name) == ("Norrland Steel", "analysts at Brandt Capital")
        # The subject company, not the nearer one the analysts work at.
        assert (company.speaker.name, company.speaker.mention, company.speaker.kind) == (
            "Norrland Steel", "The company", "organization")
    text = ("The Harbor Gazette reported that the ferry contract had been rigged. The Ministry of Transport declined "
            "to comment. The newspaper said that it had seen the bids.")
    for pipeline in (rules_kit, kit):
        said = pipeline(text).quotes[-1]
        assert (said.speaker.name, said.speaker.mention) == ("Harbor Gazette", "The newspaper")  # a news body
    for text, name in [("The company said that no jobs would move abroad.", "the company"),  # nothing named before
                       ("Brandt Capital rated the bonds. The Oslo-based company said that it would appeal.",
                        "The Oslo-based company")]:  # a place of its own: another company
        (q,) = rules_kit(text).quotes
        assert (q.speaker.name, q.speaker.kind) == (name, "organization"), text


def test_spokespeople_and_described_speakers(rules_kit, kit):
    cases = [
        ("The European Commission met on Monday. A Commission spokesperson said that new rules would follow.",
         "European Commission", "organization"),
        ("Labour's finance spokesperson, Priya Shah, said that the figures were weak.", "Priya Shah", "person"),
        ("A spokesperson for the nurses' union said that talks had failed.", "the nurses' union", "organization"),
        ("Inspectors from the Department of Education visited the school. A department spokesman said that the "
         "report was final.", "Department of Education", "organization"),
        ("Shares in Halden Shipping fell 8 percent on Wednesday. A company spokesperson said that the orders were "
         "safe.", "Halden Shipping", "organization"),
        ("The governor, a Republican, said that taxes would fall.", "the governor", "person"),
        ("Governor Helen Marsh received the bill on Monday. The Republican governor said that she would decide by "
         "May.", "Helen Marsh", "person"),
    ]
    for pipeline in (rules_kit, kit):
        for text, name, kind in cases:
            q = pipeline(text).quotes[-1]
            assert (q.speaker.name, q.speaker.kind) == (name, kind), text


def test_examples_of_a_plural_speaker_do_not_name_it(rules_kit, kit):
    """The group spoke, not the first of its examples."""
    cases = [("Internet providers such as Verizon and Comcast say that the rules are outdated.", "Internet providers"),
             ("Republican leaders like Mitch McConnell said that the bill was dead.", "Republican leaders"),
             ("Several groups, including Amnesty International, said that the law was unjust.", "several groups"),
             ("Critics, including the nurses' union, said that the cuts would cost lives.", "critics"),
             ("Several of the city's school districts, including Hallby and Norbury, said that they would adopt the "
              "plan.", "several of the city's school districts")]
    for pipeline in (rules_kit, kit):
        for text, name in cases:
            (q,) = pipeline(text).quotes
            assert (q.speaker.name, q.speaker.kind) == (name, "group"), text


def test_common_noun_speaker_is_named_without_its_relative_clause(rules_kit, kit):
    text = "One farmer, who asked not to be named, said that the harvest had failed."
    lists = "Teachers, parents and pupils said that the school should stay open."
    relative = "Historians who study the period said that the letters were forged."
    herself = "The mayor herself said that the affair was closed."
    for pipeline in (rules_kit, kit):
        (q,) = pipeline(herself).quotes
        assert (q.speaker.name, q.speaker.mention) == ("the mayor", "The mayor herself")
        q = next(q for q in pipeline(text).quotes if q.cue.text == "said")
        assert (q.speaker.name, q.speaker.kind) == ("one farmer", "person")
        (q,) = pipeline(lists).quotes
        assert q.speaker.name == "teachers, parents and pupils"
        q = next(q for q in pipeline(relative).quotes if q.cue.text == "said")
        assert (q.speaker.name, q.speaker.kind) == ("historians", "group")


def test_possessors_resolve_without_their_apostrophe(rules_kit, kit):
    text = "Frank Deml said his party would challenge the vote.\nDeml's office said that the council had erred."
    assert [(e.text, e.label_) for e in rules_kit.nlp(text).ents][-1] == ("Deml's", "ORG")  # NER keeps the 's
    spokes = "The ministry's spokesperson said that the costs were under control."
    for pipeline in (rules_kit, kit):
        office = pipeline(text).quotes[-1]
        assert (office.speaker.name, office.speaker.mention, office.speaker.kind) == (
            "Frank Deml's office", "Deml's office", "organization")
        (q,) = pipeline(spokes).quotes
        assert (q.speaker.name, q.speaker.kind) == ("the ministry", "organization")


def test_unknown_speaker_keeps_mention_without_name(rules_kit, kit):
    text = "The storm closed the port. He said the damage was worse than expected."
    for pipeline in (rules_kit, kit):
        (q,) = pipeline(text).quotes
        assert q.type == "indirect" and q.cue.text == "said"
        assert (q.speaker.name, q.speaker.mention, q.speaker.start, q.speaker.end) == (None, "He", 27, 29)


def test_resolve_speaker_api(nlp):
    doc = nlp("Piotr Lind leads the union. “We will win,” he said.")
    idx = entity_index(doc)
    he = doc[-3:-2]
    assert he.text == "he"
    sp = resolve_speaker(doc, he, he.start_char, idx)
    assert (sp.name, sp.mention, sp.kind) == ("Piotr Lind", "he", "person")
    assert (sp.start, sp.end) == (he.start_char, he.end_char)
    we = doc[7:8]
    assert we.text == "We"
    author = resolve_speaker(doc, we, we.start_char, idx)  # outside a known quote: the unnamed author
    assert (author.name, author.mention, author.start) == (None, "We", we.start_char)
    assert resolve_speaker(doc, we, we.start_char, idx, enclosing=sp).name == "Piotr Lind"
    assert resolve_speaker(doc, None, 0, idx) is None


def test_the_house_is_not_the_white_house(kit):
    text = ("The White House sent the bill to Congress on Monday. Speaker Ana Ruiz said the bill was "
            "\"dead on arrival\" in the House.")
    (q,) = kit(text).quotes
    assert q.speaker.name == "Ana Ruiz"
    assert [s.target for s in q.stances] == ["House"]


def test_mention_whose_parse_leaves_the_noun_is_named_by_its_noun(nlp):
    doc = nlp('He did not shoot the guard "so he could tell his story," the affidavit states.')
    mention = doc[-4:-2]
    assert mention.text == "the affidavit" and mention.root.text == "the"  # the parser reads "states" as a noun
    speaker = resolve_speaker(doc, mention, 0)
    assert (speaker.name, speaker.mention) == ("the affidavit", "the affidavit")


def test_possessive_source_is_named_without_its_ending(kit):
    text = ("The minister's claim that crime has fallen was rejected by the police union, which said the figures "
            "were \"cooked.\"")
    claim, union = kit(text).quotes
    assert (claim.text, claim.speaker.mention, claim.speaker.name) == (
        "that crime has fallen", "The minister's", "the minister")
    assert (union.speaker.mention, union.speaker.name) == ("which", "the police union")


def test_short_organisation_names_keep_their_own_head(nlp):
    doc = nlp("Agents from the Denver FBI Field Office searched the house. The FBI said that the search was routine. "
              "Norrland Steel Inc. said that it would appeal. Norrland Steel is based in Lulea.")
    names = {span.text: name for span, name, _ in canonical_entities(doc)}
    assert names["FBI"] == "FBI"  # not the field office it qualifies
    assert names["Norrland Steel"] == "Norrland Steel Inc."  # an ending, not another body


def test_transcript_names_in_capitals_resolve_to_the_full_name(rules_kit, kit):
    text = ("Senator Maria Lopez and Governor Tom Reyes debated the tax on Tuesday.\n\n"
            "REYES: The tax pays for our schools.\n\nLOPEZ: It punishes the people who can least afford it.\n")
    for pipeline in (rules_kit, kit):
        reyes, lopez = pipeline(text).quotes[-2:]
        assert (reyes.speaker.mention, reyes.speaker.name, reyes.speaker.kind) == ("REYES", "Tom Reyes", "person")
        assert (lopez.speaker.mention, lopez.speaker.name) == ("LOPEZ", "Maria Lopez")


def test_canonical_entities(nlp):
    doc = nlp("Anna Berg met the Greenway Party. Later, Berg praised the party.")
    found = {(span.text, name, kind) for span, name, kind in canonical_entities(doc)}
    assert ("Berg", "Anna Berg", "person") in found
    assert ("Anna Berg", "Anna Berg", "person") in found
    assert ("the Greenway Party", "Greenway Party", "organization") in found


def test_speaker_dataclass_offsets(rules_kit):
    text = "Erik Sand, the central bank governor, said rates would stay on hold."
    (q,) = rules_kit(text).quotes
    assert q.speaker == Speaker("Erik Sand", "Erik Sand, the central bank governor", 0, 36, "person")


def test_titled_name_missed_by_ner_is_a_person_and_antecedent(rules_kit):
    text = ("“We will not give up the harbour,” Mayor Itzel Quispe said. "
            "She later told reporters that the ferry plan was too costly.")
    quote, later = rules_kit(text).quotes
    check(quote, text, "“We will not give up the harbour,”", "direct", "said", "Itzel Quispe", "person")
    assert quote.speaker.mention == "Mayor Itzel Quispe"
    check(later, text, "that the ferry plan was too costly", "indirect", "told", "Itzel Quispe", "person")
    assert later.speaker.mention == "She"


def test_role_apposition_is_dropped_from_the_name(rules_kit):
    text = "“Tariffs are hurting our growers,” said Itzel Quispe, the agriculture minister."
    (q,) = rules_kit(text).quotes  # the small NER tags "Itzel Quispe" ORG here
    check(q, text, "“Tariffs are hurting our growers,”", "direct", "said", "Itzel Quispe", "person")
    assert q.speaker.mention == "Itzel Quispe, the agriculture minister"


@pytest.mark.parametrize("text, name", [
    ("Rabbi Tomas Vik of the Harbor Congregation said the vote was unfair.", "Tomas Vik"),
    ("Lawyer Amato Brill says his client did not speak to the police.", "Amato Brill"),
    ("Freshman Rosie Alvarado said she was walking up the stairs.", "Rosie Alvarado"),
    ("Cardinal Piet Van Loon said the church would not comment.", "Piet Van Loon"),
    ("Lady Bird Johnson said the parks mattered.", "Lady Bird Johnson"),  # "Lady" is a title only before a given name
])
def test_a_noun_of_a_person_before_a_full_name_is_no_part_of_it(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


@pytest.mark.parametrize("text, name", [
    ("Rabbi Tomas Vik opened the hall. \u201cWe stand together,\u201d Rabbi Vik said.", "Tomas Vik"),
    ("Imam Yusuf Darrow spoke to reporters. Imam Darrow said the man rarely came.", "Yusuf Darrow"),  # NER: ORG
    ("Bishop Carla Venn spoke. Bishop Venn said the vote was unfair.", "Carla Venn"),
])
def test_an_honorific_before_a_surname_is_the_person_of_that_full_name(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


@pytest.mark.parametrize("org, name", [("Harbor Bank Asia", "Ilkka Sorvo"), ("Tovik Capital", "Dag Holmqvist")])
def test_a_name_after_a_trade_noun_is_a_person_though_the_ner_says_organisation(rules_kit, kit, org, name):
    text = f"{org} chief economist {name} said growth would slow. \u201cIt is a risk,\u201d {name.split()[-1]} said."
    for doc in (rules_kit(text), kit(text)):
        assert [(q.speaker.name, q.speaker.kind) for q in doc.quotes] == [(name, "person")] * 2


@pytest.mark.parametrize("text", [
    "Tom Lind gave an interview to Mara Quist magazine. The magazine said it stood by the story.",
    "The clip was first posted by Mara Quist, a liberal magazine. The magazine said the source was protected.",
])
def test_an_outlet_named_like_a_person_is_the_organisation_the_magazine_means(rules_kit, kit, text):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind, q.speaker.mention) == ("Mara Quist", "organization", "The magazine")


def test_the_magazine_is_the_one_named_before_not_another_named_later(rules_kit, kit):
    """"The magazine" after "Harbor Weekly, a small magazine," is Harbor Weekly, and so is the "which" of the
    apposition, not the description; a magazine named further down is someone else's outlet."""
    text = ("The clip was posted online by Harbor Weekly, a small magazine, which said it had checked the recording. "
            "The magazine said it would not name the source. Later, Ana Lind told Coast Magazine that she had helped.")
    for doc in (rules_kit(text), kit(text)):
        which, magazine = (q for q in doc.quotes if q.cue.text == "said")
        assert (which.speaker.mention, which.speaker.name) == ("which", "Harbor Weekly")
        assert (magazine.speaker.mention, magazine.speaker.name) == ("The magazine", "Harbor Weekly")


@pytest.mark.parametrize("text, mention", [
    ("The Mayor of Halden said the statue should go.", "The Mayor of Halden"),
    ("The Governor of Vestria warned that the dam would fail.", "The Governor of Vestria"),
])
def test_a_capitalised_title_of_a_place_is_a_person_not_the_place(rules_kit, kit, text, mention):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == (mention, mention, "person")


def test_the_center_is_the_nonprofit_named_before(rules_kit, kit):
    text = ("The figure comes from the Lakeview Policy Center, which found that 40 percent paid nothing. Tom Berg, a "
            "fellow at the center, said the number was misleading. The center said the data were sound.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == (
            "The center", "Lakeview Policy Center", "organization")


def test_the_lawyer_is_the_attorney_named_before(rules_kit, kit):
    text = ("Mayor attorney Rudy Vance said the city would appeal. The mayor's lawyer also said he expected a ruling "
            "within weeks.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("The mayor's lawyer", "Rudy Vance")


@pytest.mark.parametrize("text, name", [
    ("President Tom Hale spoke with Chinese President Li Wen on Friday and said the two countries would share data. "
     "The president also promised that more ventilators would be sent.", "Tom Hale"),
    # a nation in the mention picks the foreign president out
    ("Ukrainian President Ivan Dorosh met President Tom Hale. Dorosh said the talks went well. "
     "The Ukrainian president added that aid would come.", "Ivan Dorosh"),
])
def test_the_president_is_the_one_the_article_gives_no_nation_to(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


@pytest.mark.parametrize("text", [
    # a US president is no foreigner in English news: the president named last is meant
    "Mexico's President Ana Ruiz and US President Tom Hale signed the trade pact on Monday. Later that day Hale cited "
    "a new study on car imports. The president said he agreed with its findings.",
    # the president the article titles so most often is the one in office, though a past one was spoken of since
    "President Tom Hale opened the port on Monday. President Hale then met the union. President Hale also visited the "
    "shipyard. The first port treaty was signed by President Ana Ruiz in 1996. On Tuesday, Hale travelled to Halden to "
    "hear Ruiz praise him. The president said he was grateful.",
])
def test_the_president_is_the_one_in_office(rules_kit, kit, text):
    """Both had been Ana Ruiz: "US" had made Hale the foreign president, and Ruiz was the president spoken of last."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("The president", "Tom Hale")


@pytest.mark.parametrize("text, name, pronoun", [
    ('Lars Berg has advised the mayor for years. "Growth is coming," Berg wrote in December, days after Tom Hale '
     "resigned from the board. Like Hale, he also opposed the new tariffs.", "Lars Berg", "he"),
    ('Nora Lind has advised the mayor for years. "Growth is coming," Lind wrote in December, days after Ana Ruiz '
     "resigned from the board. Unlike her rival Ruiz, she said the plan would work.", "Nora Lind", "she"),
])
def test_he_is_not_the_one_his_clause_likens_him_to(rules_kit, kit, text, name, pronoun):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind, q.speaker.mention) == (name, "person", pronoun)


@pytest.mark.parametrize("text, name", [
    ("At one point, he tussled with Rep. Keziah Jackson Lee, D-Texas, when she pressed on whether he had appeared "
     "before. Later the congresswoman said the answer was evasive.", "Keziah Jackson Lee"),  # NER: "Keziah Jackson"
    ("The bill passed. | Lena Ortiz/AP Photo Hale offers trade aid to farmers\n\nTom Hale said on Monday that the "
     "aid was late. Hale added that more would come.", "Tom Hale"),  # not "AP Photo Hale"
])
def test_a_name_the_ner_split_or_ran_into_a_credit_is_whole(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_titled_subject_then_pronoun_surname_and_role(rules_kit):
    text = (
        "Mayor Itzel Quispe said the ferry plan was costly. She added that it would be delayed. "
        "On Friday, Quispe said the council would vote again. The mayor added that she expected to win."
    )
    first, she, surname, role = rules_kit(text).quotes
    check(first, text, "the ferry plan was costly", "indirect", "said", "Itzel Quispe", "person")
    check(she, text, "that it would be delayed", "indirect", "added", "Itzel Quispe", "person")
    check(surname, text, "the council would vote again", "indirect", "said", "Itzel Quispe", "person")
    check(role, text, "that she expected to win", "indirect", "added", "Itzel Quispe", "person")
    assert (she.speaker.mention, surname.speaker.mention, role.speaker.mention) == ("She", "Quispe", "The mayor")


def test_hyphenated_titled_name_keeps_its_hyphen(rules_kit):
    text = "Gov. Tobiah Okonkwo-Reyes said the levee would hold. He added that crews were ready."
    first, he = rules_kit(text).quotes
    check(first, text, "the levee would hold", "indirect", "said", "Tobiah Okonkwo-Reyes", "person")
    check(he, text, "that crews were ready", "indirect", "added", "Tobiah Okonkwo-Reyes", "person")


def test_titled_names_are_stance_targets(nlp):
    doc = nlp("Mayor Ana Ruiz opened the session. Later, Ruiz praised the unions.")  # NER tags the surname only
    found = {(span.text, name, kind) for span, name, kind in canonical_entities(doc)}
    assert found == {("Ana Ruiz", "Ana Ruiz", "person"), ("Ruiz", "Ana Ruiz", "person")}


def test_untitled_organisation_subject_is_not_a_person(rules_kit):
    text = "Human Rights Watch said the arrests were arbitrary."
    (q,) = rules_kit(text).quotes
    check(q, text, "the arrests were arbitrary", "indirect", "said", "Human Rights Watch")
    assert q.speaker.kind != "person"


def test_party_member_named_by_the_party_is_a_person(rules_kit, kit):
    """"The Ohio Republican" is the person named before it; "a Vermont Democrat" is someone unnamed, named
    without the relative clause."""
    text = ("Senator Maria Delgado spoke at the rally on Friday. The Ohio Republican said the tax bill would pass. "
            "A Vermont Democrat who chairs the budget panel said the bill was a giveaway.")
    for pipeline in (rules_kit, kit):
        ohio, vermont = pipeline(text).quotes
        assert (ohio.speaker.mention, ohio.speaker.name, ohio.speaker.kind) == (
            "The Ohio Republican", "Maria Delgado", "person")
        assert (vermont.speaker.name, vermont.speaker.kind) == ("A Vermont Democrat", "person")


def test_a_party_member_is_not_one_named_only_in_what_was_said(rules_kit, kit):
    """The learned extractor's statements had given the quotation to Ruiz, whom Lind's statement names."""
    text = ("Speaker Ana Ruiz tore up the speech. \u201cIt was a shameful abdication of our oath,\u201d Ruiz said.\n\n"
            "House GOP Leader Tom Lind said Mrs. Ruiz could have just taken back her words and apologized.\n\n"
            "\u201cWhat we just saw was a very sad day in this House,\u201d the Ohio Republican told reporters.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("the Ohio Republican", "Tom Lind")



@pytest.mark.parametrize("first, name", [
    ("Sen. Tom Berg (D., N.Y.), who helped write the Senate bill, spoke on Thursday. The House has moved more slowly.",
     "the top House Democrat"),
    ("Rep. Ana Ruiz (D., Ohio) spoke on Thursday.", "Ana Ruiz"),  # guard: a member of the House
])
def test_the_house_democrat_is_no_senator(rules_kit, kit, first, name):
    """A party member named by the party and a chamber is none of the other chamber's members: it had been the
    senator named last."""
    text = f"{first} The top House Democrat said she doubted any members of her party would back the bill."
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("The top House Democrat", name)


def test_a_party_adjective_does_not_name_a_plural_speaker(rules_kit, kit):
    text = "Democratic congressmen said the vote was a sham."
    for pipeline in (rules_kit, kit):
        check(only(pipeline, text), text, "the vote was a sham", "indirect", "said", "Democratic congressmen", "group")


def test_gender_comes_from_the_given_name_not_the_surname(rules_kit, kit):
    """"Jonas" is a male given name, but Rosa Jonas is not a man: "she" is her."""
    text = 'Rosa Jonas has kept bees for years. Jonas sells the honey herself. "The hives are quiet," she said.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("she", "Rosa Jonas", "person")


def test_a_pronoun_before_a_name_tells_not_its_gender(rules_kit, kit):
    """"she backed Torvald Hale" is her word, not his: "He" is still Hale (a name's gender came from the words
    right before it, which made Hale a woman for the rest of the article)."""
    text = ('Ana Ruiz said she backed Torvald Hale. Hale visited the harbor on Monday. "The port will reopen soon," '
            'he said.')
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("he", "Torvald Hale", "person")


def test_a_plural_noun_of_people_the_ner_reads_as_a_person_is_a_group(nlp):
    """The NER reads a sentence's opening "Pollsters" as a person now and then: they are a group, and no "she"."""
    doc = nlp('Mayor Ana Ruiz spoke on Monday. Pollsters say the race is close. "It is a toss-up," she said.')
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 7, 8, label="PERSON")]  # as the NER reads real articles
    names = {span.text: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert names["Pollsters"] == ("Pollsters", "group")
    she = next(doc[t.i : t.i + 1] for t in doc if t.text == "she")
    assert resolve_speaker(doc, she, she.start_char).name == "Ana Ruiz"


@pytest.mark.parametrize("text, group, name", [
    ('Mayor Tomas Vik visited the valley on Monday. Four Kashmiris were killed there last week. "We will find who '
     'did this," he said.', "Kashmiris", "Tomas Vik"),
    ('Councillor Ana Lind toured the border town. Many Britons voted to leave the union in 2016. "They wanted '
     'control," she said.', "Britons", "Ana Lind"),
    ('Tomas Vik spoke first. Libertarians, who disagree on much, agree on little. "That is the point," he said.',
     "Libertarians", "Tomas Vik"),
    ('Ana Lind arrived. Gen Zers show up at every march. "They care," she said.', "Zers", "Ana Lind"),
])
def test_people_of_a_place_or_kind_the_ner_reads_as_a_person_are_a_group(rules_kit, kit, nlp, text, group, name):
    """A number, a plural determiner or a plural verb shows a one-word "name" in "s" to be people, who answer no
    "he" or "she" (the NER reads these words as persons)."""
    names = {n: kind for _, n, kind in canonical_entities(nlp(text))}
    assert names[group] == "group"
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_a_headline_gives_no_full_name_the_story_does_not(nlp):
    """A link's headline the NER reads as naming a person ("China Yawns") does not make every later "China" that
    person: the article never uses "Yawns" again. A headline's real name does name the story's surname."""
    doc = nlp("Trump Roars, China Yawns, Markets Shrug At Tariffs\n\nChina has launched a probe into imports of steel.")
    doc.ents = [Span(doc, 3, 5, label="PERSON"), Span(doc, 11, 12, label="GPE")]  # as the NER reads real articles
    names = {span.start: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert names[11] == ("China", "organization")
    # guard
    doc = nlp("Senator Tom Hale Blocks The Tax Bill\n\nHale said the bill would hurt families.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 8, 9, label="PERSON")]
    names = {span.start: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert names[8] == ("Tom Hale", "person")


def test_name_the_ner_cut_short_takes_the_surname_the_article_uses(nlp):
    """The small NER sometimes tags only "Lena" of "Lena Brandt"; the later "Brandt said" shows the surname."""
    doc = nlp("Former Attorney General Lena Brandt testified on Monday. Brandt said she had warned the White House.")
    lena = next(t.i for t in doc if t.text == "Lena")
    doc.ents = [Span(doc, lena, lena + 1, label="PERSON")]  # the cut the NER makes on real articles
    names = {span.text: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert names["Lena Brandt"] == ("Lena Brandt", "person") and names["Brandt"] == ("Lena Brandt", "person")
    brandt = doc[lena + 6 : lena + 7]
    assert brandt.text == "Brandt" and resolve_speaker(doc, brandt, brandt.start_char).name == "Lena Brandt"


def test_name_set_off_after_a_role_is_a_person_whatever_the_ner_and_parser_say(nlp):
    """NER tags "Marit Olsen" ORG and the parser makes it a second subject of "wrote", not the apposition."""
    doc = nlp("Rents rose sharply after the last cut, Halden Bank chief strategist, Marit Olsen wrote.")
    found = {span.text: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert found["Marit Olsen"] == ("Marit Olsen", "person")


def test_a_closing_quote_glued_to_the_next_word_is_not_part_of_a_name(rules_kit, kit):
    """Web text drops the space after a closing quote: '.”He' is a mark and the pronoun, not a name '”He'."""
    text = ("Thomas Hale spoke to reporters on Friday. “The levy is a quiet raid on working people.”He said the "
            "vote would fail.")
    for q in last_quotes(text, rules_kit, kit):
        check(q, text, "the vote would fail", "indirect", "said", "Thomas Hale", "person")
        assert q.speaker.mention == "He"


def test_quote_marks_glued_on_either_side_are_tokens_of_their_own(rules_kit, kit):
    """'tour.“We' and 'now?’”He' (scraped text without spaces) are marks and words, not names."""
    text = ("Thomas Hale ended his tour.“We will not sell the port,” Hale said. “Who would ask ‘Why now?’”He said "
            "the vote would fail.")
    for pipeline in (rules_kit, kit):
        first, last = pipeline(text).quotes
        assert [text[a:b] for a, b in first.fragments] == ["“We will not sell the port,”", "“Who would ask ‘Why now?’”"]
        assert (first.type, first.cue.text, first.speaker.name) == ("direct", "said", "Thomas Hale")
        check(last, text, "the vote would fail", "indirect", "said", "Thomas Hale", "person")
        assert last.speaker.mention == "He"


def test_a_title_inside_an_organisation_name_does_not_make_it_a_person(rules_kit, kit):
    text = "The Halden Justice Project has highlighted the case of a disabled inmate, saying he was denied care."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Halden Justice Project", "organization")




def test_a_given_name_split_from_its_surname_is_one_name(nlp):
    """The NER tags only "Haldor" of "Mayor Rune Haldor"; the title finds "Rune": one person, "Rune Haldor"."""
    doc = nlp("Mayor Rune Haldor asked the council to pass the budget. Haldor said the city could not wait.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Haldor"]
    names = {span.text: (name, kind) for span, name, kind in canonical_entities(doc)}
    assert names == {"Rune Haldor": ("Rune Haldor", "person"), "Haldor": ("Rune Haldor", "person")}



def test_names_the_ner_calls_organisations(nlp):
    """A two-word name opening with a common given name, a title ("Special Counsel"), or a surname the article
    already uses for a person are people, whatever the NER says; place and organisation words still veto."""
    doc = nlp("Radio host Kevin Marsh met Special Counsel Holm. President Varga spoke. Varga left for "
              "Victoria Station.")
    at = {t.text: t.i for t in reversed(doc)}  # first occurrence
    second_varga = next(t.i for t in doc if t.text == "Varga" and t.i != at["Varga"])
    doc.ents = [Span(doc, at["Kevin"], at["Marsh"] + 1, label="ORG"),
                Span(doc, at["Special"], at["Holm"] + 1, label="ORG"),
                Span(doc, at["Varga"], at["Varga"] + 1, label="PERSON"),
                Span(doc, second_varga, second_varga + 1, label="ORG"),
                Span(doc, at["Victoria"], at["Station"] + 1, label="FAC")]
    found = [(span.text, name, kind) for span, name, kind in canonical_entities(doc)]
    assert found == [("Kevin Marsh", "Kevin Marsh", "person"), ("Holm", "Holm", "person"),
                     ("Varga", "Varga", "person"), ("Varga", "Varga", "person"),
                     ("Victoria Station", "Victoria Station", "organization")]


def test_a_middle_initial_or_a_newly_listed_given_name_makes_the_ner_s_organisation_a_person(nlp):
    """The NER calls "Dwight K. Olsen" an organisation and "Savannah Tolle" a place: each opens with a common given
    name ("Savannah" newly listed), one with a middle initial. Guards: three words without an initial ("Byron Hale
    Tours") and two with an organisation word ("Victoria Tech") stay what the NER says."""
    doc = nlp("Dwight K. Olsen met Savannah Tolle at Byron Hale Tours near Victoria Tech.")
    at = {t.text: t.i for t in doc}
    doc.ents = [Span(doc, at["Dwight"], at["Olsen"] + 1, label="ORG"),
                Span(doc, at["Savannah"], at["Tolle"] + 1, label="GPE"),
                Span(doc, at["Byron"], at["Tours"] + 1, label="ORG"),
                Span(doc, at["Victoria"], at["Tech"] + 1, label="ORG")]
    found = [(span.text, kind) for span, _, kind in canonical_entities(doc)]
    assert found == [("Dwight K. Olsen", "person"), ("Savannah Tolle", "person"),
                     ("Byron Hale Tours", "organization"), ("Victoria Tech", "organization")]


def test_a_name_in_apposition_to_a_kin_noun_is_a_person(kit):
    """The NER calls "Elif" an organisation; as "his wife" she is a person, as after a person noun."""
    text = "Yusuf Demir said sales had doubled. His wife, Elif, said they hired two workers."
    wife = kit(text).quotes[-1].speaker
    assert (wife.mention, wife.name, wife.kind) == ("His wife, Elif,", "Elif", "person")


def test_named_party_member_and_titled_surname_keep_their_names(rules_kit, kit):
    """A party epithet that names its person ("ranking Democrat, Senator Rita Moreno") is that person, not the
    one named before; "Lt. Lucas" is the Mike Lucas of the article (a title is not part of another name)."""
    moreno = ("Senator Paul Varga opened the hearing on Monday. The committee's ranking Democrat, Senator Rita "
              "Moreno of Ohio, said the vote was rushed.")
    lucas = ("Firefighter Mike Lucas was at the store on Thursday. According to Lt. Lucas, an off-duty fireman, "
             "no shots were fired.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(moreno).quotes] == ["Rita Moreno"]
        assert [q.speaker.name for q in pipeline(lucas).quotes] == ["Mike Lucas"]


@pytest.mark.parametrize("text, content, mention, name", [
    # the parser hangs "who said" on "nomination": the speaker is the person the phrase describes
    ("The plan drew fire from Omar Castillo, the front-runner for the Republican nomination, who said it would "
     "ruin the harbor.", "it would ruin the harbor", "who", "Omar Castillo"),
    # ... on a place or a date: neither is a "who"
    ("Others on the list included Tom Lind, the idiosyncratic former mayor of New York City, who publicly lobbied "
     "for the role but later withdrew.", "the role", "who", "Tom Lind"),
    ("The plan drew fire from Tom Lind, a senator since 2016, who said it would ruin the harbor.",
     "it would ruin the harbor", "who", "Tom Lind"),
    # ... nor on a party the person is a member of, named with its initials (it was the party)
    ("The plan drew fire from Ana Vogt, a member of the right-wing Future for Austria (FfA) party, who said it would "
     "ruin the harbor.", "it would ruin the harbor", "who", "Ana Vogt"),
    ("When Tom Lind faced a progressive challenger in 2018, who criticized him for his votes, he won easily.",
     "him for his votes", "who", "a progressive challenger"),
    # "it" is the subject it has just spoken of, also an online platform the NER leaves untagged
    ("Twitter banned political ads on Wednesday. Facebook has drawn criticism since it announced in September that "
     "it would not check the claims in political ads.", "that it would not check the claims in political ads", "it",
     "Facebook"),
    # ... and never a person: "it" after "the Ana Ruiz squad" is the squad
    ("Tom Lind has mocked his critics for weeks. By the same token, the Ana Ruiz squad offers no way out either. "
     "Instead, it says that the council must regulate every speech.", "that the council must regulate every speech",
     "it", "the Ana Ruiz squad"),
    # the parser hangs "which explains" on "the city manager, Tomas Ek": a person is never a "which"
    ("The inquiry has obtained a memo that the mayor and an aide drafted before the council fired the city "
     "manager, Tomas Ek, which explains the mayor's reasons.", "the mayor's reasons", "which", None),
    # "he" skips a woman known by a common given name
    ('Ronnie Dube was held in the prison for two years. Carolyn Weber wrote a report about his case. '
     '"I can\'t walk," he said.', '"I can\'t walk,"', "he", "Ronnie Dube"),
    # "they" prefers a plural subject (not a name) to a closer place
    ("Senators blocked a motion to subpoena the files on the fishing deal with Norway. They also rejected a "
     "second motion, saying it was a stunt.", "it was a stunt", "They", "senators"),
    # "they" can mean organisations named by a plural noun, before a closer company name
    ("Westbrook Capital gave $2 million to the campaign. The nurses' unions are among the biggest spenders in "
     "politics, and they say that the budget would close three clinics.", "that the budget would close three "
     "clinics", "they", "the nurses' unions"),
    # ... and bodies named together as a subject, where one of them is a noun for people (it was nobody)
    ("The race drew little notice. The parties' establishments and the news media are complicit. They say that "
     "famous names win.", "that famous names win", "They", "the parties' establishments and the news media"),
    # ... and people named together as a subject, though the NER tags only one of them
    ("Ana Lind and Tom Hale said the bill would fail if Republicans pressed for tax cuts. They later said that "
     "Democrats would back it.", "that Democrats would back it", "They", "Ana Lind and Tom Hale"),
    # ... and a family or a couple, though the noun is singular
    ("The family of the missing climber thanked the rescue team on Sunday. They said that they had never lost hope.",
     "that they had never lost hope", "They", "the family"),
    ('"We did nothing wrong," the pair said in a joint statement. They added that they would help the inquiry.',
     "that they would help the inquiry", "They", "the pair"),
])
def test_pronouns_and_relatives_find_who_spoke(rules_kit, kit, text, content, mention, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.speaker.mention, q.speaker.name) == (content, mention, name)


def test_who_reaches_past_a_participles_objects(rules_kit, kit):
    """The parser hangs "who have argued" on "island": the politicians argued (and called), not the island."""
    text = ("The senator was responding to a growing chorus of politicians and activists calling for more aid to "
            "the storm-battered island, who have argued that the shipping law doubles prices there.")
    for pipeline in (rules_kit, kit):
        quotes = pipeline(text).quotes
        assert quotes and {q.speaker.name for q in quotes} == {"politicians"}


def test_who_the_parser_leaves_unattached_is_the_noun_before_it(rules_kit):
    """The parser attaches none of these clauses to their noun: a second clause of the same person ("and who had
    said"), a "who've" after a comma, a "who" after a parenthetical "however". (Unresolved before.)"""
    cases = [
        ("The ruling is a blow to Mayor Clara Voss, who staked her career on the tram and who had said it was "
         "\"essential\" to finish it this year.", "Clara Voss", "person"),
        ("The vote is risky for the Greens, who’ve railed against the tunnel for seven years.", "Greens", "group"),
        ("The reporter spoke to one dock worker, however, who said that the strike would last.", "one dock worker",
         "person"),
    ]
    for text, name, kind in cases:
        q = rules_kit(text).quotes[-1]
        assert q.speaker.mention.startswith("who")
        assert (q.speaker.name, q.speaker.kind) == (name, kind), text


def test_a_surname_is_the_person_it_ends_and_a_name_ends_before_a_word_repeats(rules_kit, kit):
    """"Pell" is the father, not "Gareth Pell Jr."; link lists run names together ("Jared Castellano Jared")."""
    junior = ('On Tuesday, Gareth Pell Jr. tweeted that the story was worthy of an award. It is a story about how far '
              'some lawmakers will go to defend Gareth Pell’s wildest ideas. Pell said on Friday that the reports were '
              '"a total hoax."')
    run_on = ('The deal was brokered by Jared Castellano Jared in talks this week. Castellano said the vote "proves we '
              'can still work together."')
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in last_quotes(junior, pipeline)] == ["Gareth Pell"]
        assert [q.speaker.name for q in last_quotes(run_on, pipeline)] == ["Jared Castellano"]


def test_one_description_is_one_speaker_whatever_its_place_in_the_sentence(rules_kit, kit):
    """A sentence's capital is no part of an unnamed speaker's name, so that a DataFrame groups "The judge said"
    with "the judge said"; an open-class word loses it where the article writes it in lower case too ("Police"
    beside "police") or it is a noun of people, bodies or documents the package knows ("Residents", which kept
    it, as did "Critics" and "Officials": a corpus grouped them apart from the "critics" of other articles), not a
    "Trump allies" the tagger reads as a common noun."""
    judge = ('The judge said the hearing would resume on Monday. Lawyers for the city asked for more time, and the '
             'judge said that she would decide by Friday.')
    police = 'Police said the road would reopen. Residents told police that the works were too loud.'
    others = "Critics say the plan is reckless. Officials said the port would close. Trump allies said it was fine."
    for pipeline in (rules_kit, kit):
        assert [(q.speaker.mention, q.speaker.name) for q in pipeline(judge).quotes] == [
            ("The judge", "the judge"), ("the judge", "the judge")]
        assert [(q.speaker.mention, q.speaker.name) for q in pipeline(police).quotes] == [
            ("Police", "police"), ("Residents", "residents")]
        assert [(q.speaker.mention, q.speaker.name) for q in pipeline(others).quotes] == [
            ("Critics", "critics"), ("Officials", "officials"), ("Trump allies", "Trump allies")]


def test_short_names_do_not_take_a_person_or_a_qualifier_from_a_longer_one(rules_kit, kit):
    """"The State Department" is not "the Harlan State Department" (one secretary's era); "Democrats" are not
    the "Pragmatic Democrats" of a headline."""
    era = ('The State Department said on Monday that talks would resume. Officials in the Harlan State Department '
           'had said otherwise. Secretary Ruth Harlan declined to comment.')
    group = 'Pragmatic Democrats find their voice. Democrats said the tax bill would fail in the Senate.'
    for pipeline in (rules_kit, kit):
        first = pipeline(era).quotes[0]
        assert (first.speaker.mention, first.speaker.name) == ("The State Department", "State Department")
        (dems,) = last_quotes(group, pipeline)
        assert (dems.speaker.mention, dems.speaker.name, dems.speaker.kind) == ("Democrats", "Democrats", "group")


def test_a_person_entity_ending_in_an_organisation_is_split(nlp):
    """The small NER tags some "<surname> White House" as one PERSON; read whole, every "Roberts" and every
    "White House" of the article became that person."""
    doc = nlp("The White House said on Monday that it would publish the memo. Aides in the Roberts White House "
              "kept it secret, said former president Ellen Roberts.")
    person = doc.text.index("Roberts White House")
    ents = [e for e in doc.ents if e.start_char < person or e.start_char > person + 20]
    wrong = doc.char_span(person, person + len("Roberts White House"), label="PERSON")
    doc.ents = sorted([*ents, wrong], key=lambda e: e.start)
    names = {(span.text, name, kind) for span, name, kind in canonical_entities(doc)}
    assert {("The White House", "White House", "organization"), ("Roberts", "Ellen Roberts", "person"),
            ("White House", "White House", "organization"), ("Ellen Roberts", "Ellen Roberts", "person")} <= names
    assert not any("Roberts White House" in name for _, name, _ in names)
    mention = doc.char_span(person - 4, person + len("Roberts White House"))  # "the Roberts White House"
    sp = resolve_speaker(doc, mention, mention.start_char, entity_index(doc))
    assert (sp.name, sp.kind) == ("White House", "organization")  # the head's organisation, not "Roberts's house"


def test_a_title_refers_back_only_to_the_same_title(rules_kit):
    """"The inspector general" is not Attorney General Mara Holt, nor "the deputy finance minister" the minister,
    "the CIA director" the FBI's, "every senator" anyone; "the attorney general", "the finance minister", "the
    majority leader" and "the showman president" (a word no title has) are."""
    texts = {
        "Attorney General Mara Holt named a special counsel. The inspector general said the review found no bias.":
            ("The inspector general", "the inspector general"),
        "Attorney General Mara Holt named a special counsel. The attorney general said the review would be fair.":
            ("The attorney general", "Mara Holt"),
        "Finance Minister Anna Berg defended the tax. The deputy finance minister said it was unfair.":
            ("The deputy finance minister", "the deputy finance minister"),
        "Finance Minister Anna Berg defended the tax. The finance minister said it was fair.":
            ("The finance minister", "Anna Berg"),
        "Senate Majority Leader Ruth Calder opened the debate. The majority leader said the bill would pass.":
            ("The majority leader", "Ruth Calder"),
        "President Karl Moss arrived on Monday. The showman president said the talks went well.":
            ("The showman president", "Karl Moss"),
        "FBI Director Tom Lind testified. The CIA director said the inquiry was open.":
            ("The CIA director", "the CIA director"),
        "Sen. Ana Ruiz opened the hearing. Every senator said the bill would pass.": ("Every senator", "every senator"),
        "Prime Minister Ana Ruiz opened the summit. The minister of foreign affairs said the talks went well.":
            ("The minister of foreign affairs", "the minister of foreign affairs"),
        "Mayor Ines Vale spoke on Monday. The mayor of Halden said the bridge would open.":
            ("The mayor of Halden", "Ines Vale"),
    }
    for text, expected in texts.items():
        q = rules_kit(text).quotes[-1]
        assert (q.speaker.mention, q.speaker.name) == expected, text


def test_the_company_is_never_a_public_body(rules_kit):
    """"The company" refers back to a business the article names, not to the university named last."""
    named = ("Norvik Shipping owns the ferry. Students at Halden University protested on Monday. "
             "In a statement, the company said the crossings would resume.")
    unnamed = ("Students at Halden University protested on Monday. In a statement, the company that runs the ferry "
               "said the crossings would resume.")
    assert rules_kit(named).quotes[-1].speaker.name == "Norvik Shipping"
    q = rules_kit(unnamed).quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == ("the company", "organization")


def test_a_number_is_no_speaker(nlp):
    """A tagger that reads "4,747" in "rises to 31 with 4,747 cases" as a source gets an unresolved speaker."""
    doc = nlp("Halden's death toll rises to 31 with 4,747 confirmed cases nationwide")
    number = doc.char_span(doc.text.index("4,747"), doc.text.index("4,747") + 5)
    assert resolve_speaker(doc, number, 0) == Speaker(None, "4,747", number.start_char, number.end_char, "other")


def test_a_party_adjective_qualifies_politicians_and_commentators(rules_kit, kit):
    """"Democratic politicians" are the speakers, not "Democratic"; "the columnist" is the one named so."""
    groups = "Democratic politicians and liberal commentators have accused the movement of wrecking the party."
    columnist = ("Columnist Ines Dahl mocked the plan on Sunday. The columnist wrote that the city had learned "
                 "nothing.")
    for pipeline in (rules_kit, kit):
        (q,) = pipeline(groups).quotes
        assert (q.speaker.name, q.speaker.kind) == ("Democratic politicians and liberal commentators", "group")
        q = pipeline(columnist).quotes[-1]
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("The columnist", "Ines Dahl", "person")


def test_comma_after_the_name_is_an_apposition(rules_kit, kit):
    """The parser reads "Sen. Ana Ruiz, D-N.M., chair of ..." as a name modifying "chair": she is the speaker,
    not "Ana Ruiz's chair"."""
    text = "Sen. Ana Ruiz, D-N.M., chair of the Senate Energy Committee, said the bill would pass."
    for pipeline in (rules_kit, kit):
        (q,) = pipeline(text).quotes
        assert (q.speaker.name, q.speaker.kind) == ("Ana Ruiz", "person")


def test_they_never_refers_back_to_a_place(rules_kit):
    """News calls a city "it"; "they" after a place alone stays unresolved instead of naming the city, while
    "they" after "officials in" the city are the officials, named as they were."""
    place = "Halden City has struggled with floods for years. They said the port would reopen."
    officials = "Officials in Halden City said on Monday that the port would reopen. They said the ferry would run."
    (q,) = rules_kit(place).quotes
    assert (q.speaker.mention, q.speaker.name) == ("They", None)
    first, they = rules_kit(officials).quotes
    assert they.speaker.mention == "They" and they.speaker.name == first.speaker.name is not None


def test_abbreviated_titles_and_named_titles_refer_back(rules_kit, kit):
    """"Sen." and "Gov." give the titles "the senator" and "the governor" refer back to; "the FBI director" is the
    person titled so, not the FBI."""
    texts = {
        "Sen. Ana Ruiz opened the hearing on Monday. The senator said the bill would pass.": "Ana Ruiz",
        "Gov. Karl Moss signed the order. The governor said it would save money.": "Karl Moss",
        "FBI Director Tom Lind testified on Monday. The FBI director said the inquiry was closed.": "Tom Lind",
    }
    for pipeline in (rules_kit, kit):
        for text, name in texts.items():
            q = pipeline(text).quotes[-1]
            assert (q.speaker.name, q.speaker.kind) == (name, "person"), text



def test_a_person_name_ends_before_a_lower_case_word(rules_kit):
    """NER reads "Obama a B-" as one PERSON; the name stops at "a", while particles and hyphenated pieces stay."""
    doc = rules_kit("Critics gave Ruiz an A- and Obama a B-. “He was weak,” Obama said.")
    assert [q.speaker.name for q in doc.quotes] == ["Obama"]
    doc = rules_kit("Ban Ki-moon said the talks would resume. Charles de Gaulle said France would stay.")
    assert [q.speaker.name for q in doc.quotes] == ["Ban Ki-moon", "Charles de Gaulle"]


@pytest.mark.parametrize("text, name, kind", [
    # a report speaks for its author ("from"), not for what it is about ("on")
    ("A 2019 interim report from the Office of Rural Affairs on Mayor Tom Lind's housing program found that rents "
     "had doubled.", "Office of Rural Affairs", "organization"),
    # with no author named, the document itself, not the fund it reviewed
    ("In 2016, an independent review of the Harbor Fund found that the money had been spent well.",
     "an independent review of the Harbor Fund", "other"),
    # officials in a person's administration or office speak for it, as "his office" does
    ("Senior officials in President Anna Berg's administration said on Friday that they saw no sign of a crisis.",
     "Anna Berg's administration", "organization"),
    ("Mayor Tom Lind spoke first. An official in Mr. Lind's office said the letter had been sent.",
     "Tom Lind's office", "organization"),
    ("Anna Berg left office in 2017. A former senior Berg administration official said the deal was sound.",
     "Anna Berg's administration", "organization"),
    # a name outside the document's phrase, which the source mention runs into, is its author
    ("In a 2021 survey of almost 3,000 students, the Harbor Youth Fund, which runs two shelters, found that most "
     "had skipped meals.", "Harbor Youth Fund", "organization"),
    # an unnamed lawyer for an organisation is not the lawyer the article named before (a judge qualified by
    # a place still is the judge the article names next)
    ("Sarah Ode, a lawyer for the government, defended the policy. A lawyer for the Civic Rights Union, which has "
     "sued the city, said that parents had been told to pay for their travel.", "Civic Rights Union", "organization"),
    ("A U.S. judge in California said on Friday that the agency must pay for the flights. U.S. District Judge Dana "
     "Ruiz set a deadline of one month.", "Dana Ruiz", "person"),
    # interviews with people carry their words; an interview with a magazine is the magazine's, not another outlet's
    ("The bill is unlikely to pass, according to interviews with more than a dozen centrist senators from both "
     "parties.", "more than a dozen centrist senators from both parties", "group"),
    ("The Daily Ledger profiled Tom Lind last year. Lind converted to Catholicism in 1995, according to a 2000 "
     "interview with the religious magazine Vesper.", "a 2000 interview with the religious magazine Vesper", "other"),
    # a poll's author after a participle's "by"; a recording of someone carries their words
    ("Mayor Tom Lind trails. A poll released on Thursday by Harlow University found that the mayor's rival led by "
     "four points.", "Harlow University", "organization"),
    ("Mayor Tom Lind spoke on Monday. A video of Mr. Lind shows that he called the port plan a disgrace.",
     "Tom Lind", "person"),
    # a news outlet the NER reads as a person is an organisation (unless a person of the article bears the name)
    ("In a tweet, Politico said the mayor had resigned.", "Politico", "organization"),
    ("In a tweet, Breitbart said the mayor had resigned.", "Breitbart", "organization"),
    # a family is a group, not a person or an organisation
    ("Mary Castell and Tom Castell run the farm. The Castells said they would sell it.", "Castells", "group"),
    # a country's media are not the country, nor is an insider from a state the state
    ("Mayor Tom Lind will open an inquiry into the port, US media reported.", "US media", "group"),
    ("An Iowa insider said the senator had lost the debate.", "An Iowa insider", "person"),
])
def test_what_a_speaker_is_about_or_belongs_to_does_not_name_it(rules_kit, kit, text, name, kind):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_it_refers_back_to_a_document_subject(rules_kit, kit):
    text = ("In 2016, an independent review of the Harbor Fund found that the money had been spent well. It also "
            "reported that the port had added 300 jobs.")
    for pipeline in (rules_kit, kit):
        q = pipeline(text).quotes[-1]
        assert (q.text, q.speaker.mention, q.speaker.name) == (
            "that the port had added 300 jobs", "It", "an independent review of the Harbor Fund")


def test_this_democrat_is_the_unnamed_one_introduced_since_the_last_name(rules_kit, kit):
    text = ("Senator Ana Ruiz spoke first. One senior Democrat predicted that the bill would fail. Party leaders, this "
            "Democrat said, had no plan for the vote.")
    for pipeline in (rules_kit, kit):
        first, second = pipeline(text).quotes[-2:]
        assert [(q.speaker.mention, q.speaker.name, q.speaker.kind) for q in (first, second)] == [
            ("One senior Democrat", "one senior Democrat", "person"),
            ("this Democrat", "one senior Democrat", "person")]


def test_a_couple_shares_a_surname_and_titles_tell_them_apart(rules_kit, kit):
    """"John and Mary Castell": John is John Castell, not the article's other John, and both said it; "Mr."/"Ms.
    Castell" by gender."""
    text = ("John Peters, the governor, campaigned hard. In Ohio, voters John and Mary Castell said they had voted for "
            "the mayor. Mr. Castell said he was tired of the fighting. Ms. Castell said she would vote again.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(text).quotes[-3:]] == [
            "John Castell and Mary Castell", "John Castell", "Mary Castell"]


def test_a_courtesy_title_tells_apart_a_couple_never_named_in_full(rules_kit, kit):
    """"Mr. Lund ... Mrs. Lund", neither given a full name: two speakers, each by the title ("Lund" had made one
    speaker of both), and "she" is Mrs. Lund; where only one title is used, or the other bearer is named in full (Ana
    Lund), the surname alone names him."""
    text = ("Mr. Lund said the farm would stay open. Mrs. Lund, who runs the shop, said she was less sure. She added "
            "that prices had doubled.")
    alone = "Mrs. Lund said the shop would close. She added that prices had doubled."
    named = "Ana Lund runs the shop. Mr. Lund said the farm would stay open. Ms. Lund said she was less sure."
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(text).quotes] == ["Mr. Lund", "Mrs. Lund", "Mrs. Lund"]
        assert [q.speaker.name for q in pipeline(alone).quotes] == ["Lund", "Lund"]
        assert [q.speaker.name for q in pipeline(named).quotes] == ["Lund", "Ana Lund"]


@pytest.mark.parametrize("text, name, kind", [
    ("Finance Minister Anna Berg met Senator Tom Hale on Monday. Berg and Hale said that talks would resume in May.",
     "Anna Berg and Tom Hale", "group"),
    ("“We will not back down,” said Tom Lind and Ana Ruiz in a joint letter.", "Tom Lind and Ana Ruiz", "group"),
    ("Tom Lind and other Republicans said that the tax cut would pay for itself.",
     "Tom Lind and other Republicans", "group"),
    ("Procter & Gamble and Unilever said that prices would rise in the spring.",
     "Procter & Gamble and Unilever", "group"),
    ("Officials at the Department of Health and Human Services said that the rule would change.",
     "Department of Health and Human Services", "organization"),
    ("Media entrepreneur and critic Tom Lind said that the network had lost its way.", "Tom Lind", "person"),
    ("Tom Lind, the director of the Harbor Institute and a professor at Easton University, said that the rule "
     "would fail.", "Tom Lind", "person"),
    # a description after the last member is about them all
    ("Ana Lind and Tom Hale — a married couple who are both economists at Halden — said that working life is harder "
     "than ever.", "Ana Lind and Tom Hale", "group"),
    # a second title whose name the parse hangs on the first member (had been Nancy Lind alone)
    ("“It is time to act,” House of Representatives Speaker Nancy Lind and Senate Democratic leader Chuck Berg said in "
     "a joint statement.", "Nancy Lind and Chuck Berg", "group"),
])
def test_a_joint_statement_is_everyone_s(rules_kit, kit, text, name, kind):
    """A coordinated source speaks together: each conjunct is resolved ("Berg" -> "Anna Berg") and the names joined,
    never the first member alone; "and" inside a name ("Health and Human Services") or between one person's titles
    and descriptions coordinates no speakers."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_platform_the_ner_misses_is_an_organisation(rules_kit, kit):
    for q in last_quotes("The ministry asked for the names. Facebook declined to comment.", rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("Facebook", "Facebook", "organization")


_BAKERY = ("The shop sits on a corner of the old market square, where rents have doubled in five years and two other "
           "bakeries have closed since the spring. The price of a sack of rye has risen by a third, and the ovens run "
           "from four in the morning until the last loaves are sold in the early afternoon.\n\n")


@pytest.mark.parametrize("text, name", [
    ("Mara Quist, who has led the nurses' union for a decade and who faces a hard vote next month, spent Sunday "
     "evening posting on Twitter about the strike. “We will not back down,” she wrote.", "Mara Quist"),
    ("The senator's aide, Lena Brandt, has been quiet for weeks. On Sunday she finally broke her silence on Twitter. "
     "“I did nothing wrong,” she wrote.", "Lena Brandt"),
    ("Ben Harlow has run the bakery since 2009.\n\n" + _BAKERY + "Please confirm that you are human by ticking the "
     "box. Invalid email address. Please try again.\n\n“We will open a second shop,” he said.", "Ben Harlow"),
])
def test_he_or_she_is_never_a_platform_or_a_web_form(rules_kit, kit, text, name):
    """The small NER reads "Twitter", and an adjective opening a web page's form message ("Invalid email address"),
    as people; neither is the antecedent of a later "he" or "she"."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.mention in ("he", "she")
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_a_range_of_examples_does_not_name_the_group(kit):
    """The parser hangs "Republicans" on "Monday" and "from Lind to ..." on "years"; the tagger's source is the
    whole phrase. (The rules find no source in this parse.)"""
    text = ("For years before Monday, Republicans, from Lind to Anna Berg to Piotr Castell, have accused the mayor of "
            "ignoring the port.")
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == (
        "Republicans, from Lind to Anna Berg to Piotr Castell,", "Republicans", "group")


def test_a_headline_does_not_run_into_a_name(rules_kit, kit):
    """The NER reads "Tom Hale Vows" and "Lund Said" in a title-case headline as names; the headline's verbs
    and connectives are no part of them, so the body's surnames keep the right name."""
    vows = ("Governor Tom Hale Vows To Veto Tax Bill\n\nThe governor met lawmakers on Monday. Hale said the bill would "
            "hurt families.")
    said = ("Lund Said Norway Would Use Reserve Funds To Pay Fishermen\n\nThe minister met fishermen in Bergen on "
            "Monday. Lund said the reserve would cover their losses.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(vows).quotes] in (["Tom Hale"], ["Tom Hale", "Tom Hale"])
        q = pipeline(said).quotes[-1]
        assert (q.speaker.name, q.speaker.kind) == ("Lund", "person")


def test_a_headline_word_the_story_writes_in_lower_case_is_no_part_of_a_name(rules_kit, kit):
    """"Heckled" of two list headlines is a word of the story ("a man heckled him"), not a surname: "Lind" and "Vik"
    were "Lind Heckled" and "George Vik Heckled". A surname that is also a word stays (guard: "brown")."""
    text = ("Five Times Leaders Kept Their Cool\n\n1. Mayor Lind Heckled at Rally\n\nAs Lind was closing a speech, a "
            "man heckled him. \"You have ruined my best line,\" Lind said.\n\n2. George Vik Heckled at a Dinner\n\n"
            "When a guest threw a glass at Vik, he smiled. \"I have heard worse,\" he said.")
    brown = ("Chaos at Hearing for Mayor Ana Brown\n\nBrown wore a brown suit to the hearing. \"I stay calm,\" Brown "
             "said.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(text).quotes] == ["Lind", "George Vik"]
        assert pipeline(brown).quotes[-1].speaker.name == "Ana Brown"


def test_what_a_title_is_of_must_agree(rules_kit, kit):
    """"The secretary of state" is the article's Secretary of State, or nobody named; never the organisation
    "State". "The acting head of the police" is not the article's head of a militia."""
    lund = ("Secretary of State Maria Lund arrived in Oslo on Tuesday. Later, the secretary of state said there was no "
            "substitute for peace.")
    other = ("Tom Hale, the secretary of energy, spoke first. Later, the secretary of state said there was no "
             "substitute for peace.")
    police = ("Police chief Tom Lind resigned on Monday. He fled the capital by car, according to the acting head of "
              "the police. Piotr Vance, head of a local militia, said the city was calm.")
    for pipeline in (rules_kit, kit):
        assert pipeline(lund).quotes[-1].speaker.name == "Maria Lund"
        q = pipeline(other).quotes[-1]
        assert (q.speaker.name, q.speaker.kind) == ("the secretary of state", "person")
        q = pipeline(police).quotes[0]
        assert (q.speaker.mention, q.speaker.name) == ("the acting head of the police", "the acting head of the police")


def test_an_abbreviated_title_inside_a_name_starts_it(rules_kit, kit):
    """The NER reads "MPs Mrs Berg" as one name; the name starts after the title."""
    text = ("Anna Berg spoke on Monday. The Unionist Party, whose MPs Mrs Berg's government relies on, welcomed the "
            "plan. Berg said the vote would go ahead.")
    for pipeline in (rules_kit, kit):
        assert pipeline(text).quotes[-1].speaker.name == "Anna Berg"


@pytest.mark.parametrize(("text", "name"), [
    # the NER runs a name past its possessive
    ("Jim Hale said that voters know that President Tom Lind’s State of the Union speech promised too much. Lind "
     "said the speech was honest.", "Tom Lind"),
    # a question's verb before a given name is no part of the name
    ("Image caption Will Madeleine Castell's comment backfire among voters?\n\nMadeleine Castell said on Monday that "
     "women should vote for each other.", "Madeleine Castell"),
    # a list of examples hung on a modifier of the speaker ("states") still does not name the group
    ("To be sure, some Republican legislators from high-tax states, including Representative Tom Lind, of Ohio, have "
     "said that the bill is unfair.", "some Republican legislators from high-tax states"),
])
def test_names_the_ner_runs_on_or_lists_of_examples(rules_kit, kit, text, name):
    for pipeline in (rules_kit, kit):
        assert pipeline(text).quotes[-1].speaker.name == name


def test_a_title_refers_forward_only_to_a_name_soon_after_or_already_named(rules_kit, kit):
    """"A federal judge ruled ... Judge Ana Ruiz wrote": the holder named two sentences on is meant; a holder of
    the title named some 3,600 characters on (a history paragraph) is not, and the mention keeps its words; but
    so far on, "the mayor" still means the Tom Lind the article named just before, without the title."""
    filler = "\n\n" + "The harbor board met again on Tuesday to review the budget for the new ferry terminal. " * 40
    far = ("The special counsel said that the inquiry was nearly finished." + filler
           + "\n\nIn 1998, Special Counsel Tom Lind spent four years on a land deal.")
    near = ("A federal judge ruled on Friday that the order was unlawful.\n\nThe case was brought by six cities. Judge "
            "Ana Ruiz of the district court wrote a long opinion.")
    known = ("Tom Lind toured the harbor on Monday. The mayor said that the ferry would run again by spring." + filler
             + "\n\nMayor Tom Lind has led the city since 2019.")
    for pipeline in (rules_kit, kit):
        q = pipeline(far).quotes[0]
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == (
            "The special counsel", "the special counsel", "person")
        assert pipeline(near).quotes[0].speaker.name == "Ana Ruiz"
        q = pipeline(known).quotes[0]
        assert (q.speaker.mention, q.speaker.name) == ("The mayor", "Tom Lind")


def test_an_indefinite_title_is_never_someone_named_before(rules_kit, kit):
    """"A federal judge" or "an officer" introduces someone new: not the judge or officer the article named; but
    set off from a name, it is that person ("Tom Lind, a retired harbor worker who told")."""
    judge = ("Judge Ana Ruiz ruled on Monday that the harbor may expand. Lawyers for the city welcomed the ruling.\n\n"
             "A federal judge in Halden also said on Tuesday that the ferry law must stand.")
    officer = "Officer Tom Hale arrested the driver on Friday. An officer told reporters that Hale was not at home."
    for pipeline in (rules_kit, kit):
        assert pipeline(judge).quotes[0].speaker.name == "Ana Ruiz"
        assert pipeline(judge).quotes[-1].speaker.name == "a federal judge in Halden"
        assert [(q.text, q.speaker.name) for q in pipeline(officer).quotes] == [
            ("that Hale was not at home", "an officer")]
    worker = "Tom Lind, a retired harbor worker who told reporters that the ferry was always late, stayed home."
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(worker).quotes] == ["Tom Lind"]


def test_a_counted_source_is_named_only_by_the_next_paragraph(rules_kit, kit):
    """"One senator who spoke to him" or "a third senator" is a source the writer counts instead of naming: not the
    senator the article names three paragraphs on, who speaks for himself; but named right after, it is that one."""
    later = ("Sen. Ana Ruiz said the vote would be close.\n\n{} who spoke to the governor said he would run.\n\n"
             "The governor has not decided.\n\nHis allies are sure.\n\nSen. Tom Hale called the governor a friend.")
    soon = ('One lawmaker told reporters that the bill was rushed.\n\n"It was written overnight," said Rep. Tom Hale, '
            "who chairs the committee.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(later.format("One Republican senator")).quotes] == [
            "Ana Ruiz", "one Republican senator", "Tom Hale"]
        assert [q.speaker.name for q in pipeline(later.format("A third senator")).quotes] == [
            "Ana Ruiz", "a third senator", "Tom Hale"]
        assert [q.speaker.name for q in pipeline(soon).quotes] == ["Tom Hale", "Tom Hale"]


def test_an_indefinite_title_reaches_paragraphs_on_only_from_the_lead(rules_kit, kit):
    """"A federal judge ruled ..." in a story's lead is the Judge Ana Ruiz named three paragraphs on; "A Democratic
    senator said ..." further down is not the Sen. Tom Hale two paragraphs after it, who speaks for himself."""
    lead = ("A federal judge ruled on Friday that the city's new ferry law was unlawful and could not take effect.\n\n"
            "The law would have closed two of the harbor's four piers to private boats and doubled the other fees.\n\n"
            "Six boat owners and a fishing cooperative brought the case in March, saying no one had asked them.\n\n"
            "Judge Ana Ruiz of the district court wrote that the city could pass the law again after a hearing.")
    later = ("The Senate will vote on Tuesday on whether to open debate on the harbor bill, which the governor "
             "wants.\n\n"
             "Republican leaders said they had the votes to begin, though several members have not said how they "
             "will vote.\n\n"
             "A Democratic senator said the party's leader had asked colleagues to wait until the caucus met on "
             "Monday.\n\n"
             "The caucus has met twice this month without reaching a decision on the bill or on any amendment.\n\n"
             "Sen. Tom Hale, a Democrat from the coast, has said he will vote against the bill whatever happens.")
    for pipeline in (rules_kit, kit):
        assert pipeline(lead).quotes[0].speaker.name == "Ana Ruiz"
        quotes = pipeline(later).quotes
        assert [(q.speaker.mention, q.speaker.name) for q in quotes if q.text.startswith("the party's leader")] == [
            ("A Democratic senator", "a Democratic senator")]
        assert quotes[-1].speaker.name == "Tom Hale"


def test_a_definite_title_is_the_unnamed_subject_that_introduced_it(rules_kit, kit):
    """"A former adviser to the governor describes her ..." and later "the former adviser says": the same unnamed
    person, under the name the introduction got, not Dana Holt, the next adviser the article names (nor Ana Ruiz, the
    one just spoken of). "A senior adviser" said of Ruiz introduces no one; in a lead, "the judge" is the Judge Ana
    Ruiz that "A federal judge" is (a guard)."""
    text = ("Ana Ruiz has run the state water agency since 2019, and her staff describe long days at the office.\n\n"
            "She grew up in Halden and studied law there before joining the agency as a junior clerk in 2004.\n\n"
            "A former adviser to the governor describes her as tireless.\n\n"
            "She became a senior adviser herself in 2016.\n\n"
            '"Everybody wants her time," the former adviser says.\n\n'
            "Campaign adviser Dana Holt told a reporter that Ruiz never rests.")
    lead = ("A federal judge ruled on Monday that the ferry ban was unlawful. The judge said the state had "
            "overstepped. U.S. District Judge Ana Ruiz wrote that the law was vague.")
    for pipeline in (rules_kit, kit):
        names = {q.text: q.speaker.name for q in pipeline(text).quotes}
        assert names['"Everybody wants her time,"'] == "a former adviser to the governor"
        assert names["that Ruiz never rests"] == "Dana Holt"
        assert [q.speaker.name for q in pipeline(lead).quotes] == ["Ana Ruiz"] * 3


def test_an_indefinite_title_is_not_whom_its_own_sentence_names(rules_kit, kit):
    """"A former president of the synagogue said President Tom Hale ...": the president the statement names is spoken
    of; the one who speaks stays unnamed (in apposition, "A federal judge, Ana Ruiz, ruled", the name is hers)."""
    text = "A former president of the synagogue said President Tom Hale would not be welcome in the city."
    named = "A federal judge, Judge Ana Ruiz of the district court, ruled on Friday that the order was unlawful."
    for pipeline in (rules_kit, kit):
        assert pipeline(text).quotes[0].speaker.name == "a former president of the synagogue"
        assert pipeline(named).quotes[0].speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("text, name", [
    ("The bill passed on Friday. The Republican senator who wrote it said farmers would gain.",
     "the Republican senator"),
    ("The French minister said the talks would go on.", "the French minister"),
])
def test_a_sentence_capital_goes_before_a_party_or_nation(rules_kit, kit, text, name):
    """"The Republican senator" opening a sentence is "the Republican senator" written anywhere else: the capital of
    the word after the article is a party's or a nation's, not a name's ("The Valley Ledger")."""
    for pipeline in (rules_kit, kit):
        assert pipeline(text).quotes[-1].speaker.name == name


def test_a_place_before_its_state_is_no_person(nlp):
    """"In Halden, Ohio, Republican nominee Tom Lind": the parser can hang the nominee on the town as an
    apposition, which would make the town a person (here with that parse given)."""
    words = ["He", "spoke", "in", "Halden", ",", "Ohio", ",", "Republican", "nominee", "Tom", "Lind", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 3, 3, 5, 8, 3, 10, 8, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct", "conj", "punct", "amod", "appos", "compound", "appos",
                    "punct"], tags=["PRP", "VBD", "IN", "NNP", ",", "NNP", ",", "JJ", "NN", "NNP", "NNP", "."],
              ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"])
    assert [(e.text, kind) for e, _, kind in entity_index(doc).ents if kind == "person"] == [("Tom Lind", "person")]


@pytest.mark.parametrize(("text", "name"), [
    # the office sought, then the name: the name is the speaker, not whoever the nominee belongs to
    ("The Republican nominee for governor Tom Lind said the port plan was a fraud.", "Tom Lind"),
    ("In a speech, Republican nominee for governor Tom Lind attacked his opponent, Democratic nominee Ana Ruiz, for a "
     "secret recording.", "Tom Lind"),
    # the words of a title the NER or the name finder runs into a name
    ("First Lady Ana Ruiz said the school would open in May.", "Ana Ruiz"),
    # a name governed by a preposition inside the mention is someone else (the lawyer is not Lind) ...
    ("Tom Lind was arrested on Friday. On Sunday, a lawyer for the wife of Tom Lind said the police had asked to "
     "speak with her client.", "a lawyer for the wife of Tom Lind"),
    # ... but a name run on from a title ending in a proper noun is the speaker
    ("Student activist and Chair of the Halden Young Democrats Ana Ruiz said the march would go ahead.", "Ana Ruiz"),
])
def test_titles_and_names_inside_a_mention(rules_kit, kit, text, name):
    for pipeline in (rules_kit, kit):
        assert pipeline(text).quotes[-1].speaker.name == name


def test_a_label_in_capitals_is_no_part_of_a_name(nlp):
    """A video widget's "CLOSE" that the NER ran into a person's name ("CLOSE Maria Lund" on a news page)."""
    doc = nlp("CLOSE Maria Lund criticized the news media on Wednesday.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [(e.text, name) for e, name, _ in entity_index(doc).ents] == [("Maria Lund", "Maria Lund")]
    # a site's label before its summary, in title case
    doc = nlp("Story Highlights Lund, a Democrat, vetoed the port bill")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [(e.text, name) for e, name, _ in entity_index(doc).ents] == [("Lund", "Lund")]


@pytest.mark.parametrize("text, name", [
    # the police department named last, not the longer-named fire department named first
    ("The Harbor County Fire Department sent four trucks to the fire on Sunday. On Monday, police arrested two men. "
     "The Harbor Police Department questioned them for hours. The department said the men would be charged on "
     "Tuesday.", "Harbor Police Department"),
    # a person's administration named before, not an "... Administration" named only later
    ("The talks stalled after the Lind administration walked out of the meeting with Governor Ana Ruiz. On Friday "
     "the administration said that it would return to the table. Aid from the Small Business Administration has "
     "not arrived.", "Lind's administration"),
    # guard: an administration that only dates a remark ("under the Lind administration") is no antecedent
    ("Ana Ruiz, who ran the port office under the Lind administration, criticised the plan. The administration said "
     "on Friday that it would return to the table.", "the administration"),
    # guard: an administration named between is the nearer one
    ("The talks stalled after the Lind administration walked out. The Small Business Administration stayed out of "
     "it. On Friday the administration said that it would return to the table.", "Small Business Administration"),
])
def test_the_department_or_administration_is_the_one_named_last(rules_kit, kit, text, name):
    for pipeline in (rules_kit, kit):
        q = pipeline(text).quotes[-1]
        assert q.speaker.mention.lower() in ("the department", "the administration")
        assert (q.speaker.name, q.speaker.kind) == (name, "organization")


def test_a_party_member_refers_back_only_to_someone_of_that_party(rules_kit, kit):
    """"The top House Democrat" is not the Republican named before it ("(R-Ohio)"); without a Democrat before it,
    the mention keeps its words. A person of unstated party can still be meant ("The Ohio Republican")."""
    text = ("Rep. Tom Lind (R-Ohio) said he would start with a border bill. The top House Democrat said she doubted "
            "any members of her party would back it. Rep. Ana Ruiz (D-N.M.) said the plan was cruel.")
    unstated = "Sen. Jim Hale opened the debate. The Ohio Republican said that the bill would pass."
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(text).quotes] == ["Tom Lind", "the top House Democrat", "Ana Ruiz"]
        assert pipeline(unstated).quotes[-1].speaker.name == "Jim Hale"


def test_a_name_the_ner_missed_takes_the_kind_it_has_elsewhere(rules_kit, kit):
    """The NER tags "Facebook" once (in "the Facebook spokesman") and misses it as the subject of "said"."""
    text = ("Facebook's executives met French officials on Monday, the Facebook spokesman said. Facebook said that it "
            "would hand over the data.")
    for pipeline in (rules_kit, kit):
        q = pipeline(text).quotes[-1]
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("Facebook", "Facebook", "organization")


@pytest.mark.parametrize("text, mention, name", [
    ("President Karl Moss stayed in the capital on Monday. Vice President Nora Quist toured the port. \"It will "
     "grow,\" the president said.", "the president", "Karl Moss"),
    ("President Karl Moss opened the summit. Former President Tom Hale spoke after him. The president said the talks "
     "went well.", "The president", "Karl Moss"),
    ("Vice President Lena Brandt lost the primary in May. President Karl Moss replied on Tuesday. \"Thanks for "
     "watching,\" the former vice president wrote.", "the former vice president", "Lena Brandt"),
    ("Former President Alvin Marsh called the deal a mistake. President Carla Reyes disagreed. \"It was the right "
     "call,\" the former president said later.", "the former president", "Alvin Marsh"),
    # "the last" president is a former one, though named last
    ("President Tom Hale declared that 2014 would be a year of action. Critics compared him to the last Democratic "
     "president, Bill Lind, who gave up on Congress. William Galston, a former Lind White House adviser, counted 20 "
     "actions in the speech. But the president said he would not act alone.", "the president", "Tom Hale"),
])
def test_a_plain_title_is_never_another_office_of_its_noun(kit, text, mention, name):
    """"The president" is not the vice president nor a former president named after the president; "the former
    vice president" may still be someone the article introduced without "former", but "the former president" is the
    one titled so where the article titled anyone so, though a sitting president was named since."""
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == (mention, name)


@pytest.mark.parametrize("name, noun, named", [
    ("Queen Ingrid", "queen", "Queen Ingrid"), ("Queen Margit", "queen", "Queen Margit"),
    ("King Omari", "king", "Omari"),  # where the NER leaves the title out of the name
])
def test_the_king_is_the_monarch_named_with_the_title(rules_kit, kit, name, noun, named):
    text = f'{name} greeted the visitors at the airport. "We used to get our teachers from there," the {noun} said.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == (f"the {noun}", named)


@pytest.mark.parametrize("text, name", [
    ("President Karl Moss met Peru's president, Nora Quist, on Monday. Moss said the talks were hard. The president "
     "added that the trade deal would wait.", "Karl Moss"),
    ("Justice Tom Lind wrote the opinion. Lind was joined by Chief Justice Nora Quist and three others. \"The law is "
     "clear,\" Lind wrote. The justice also noted that the state had waited too long.", "Tom Lind"),
])
def test_a_title_refers_to_the_holder_the_article_spoke_of_last(rules_kit, kit, text, name):
    """Of two people titled "president", "the president" is the one named last, by title or not: the story has
    turned back to Moss since it titled Quist."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.mention.lower() in ("the president", "the justice")
        assert q.speaker.name == name


def test_a_name_after_a_title_s_organisation_is_the_person(rules_kit, kit):
    """The NER reads "the House of Representatives Nora Lind" after "Speaker of" as one organisation; the person
    is Nora Lind, and the antecedent of "she"."""
    text = ("Speaker of the House of Representatives Nora Lind also backed the plan, saying it was fair. She added "
            "that the vote would be close.")
    for pipeline in (rules_kit, kit):
        assert [(q.speaker.name, q.speaker.kind) for q in pipeline(text).quotes][-2:] == [
            ("Nora Lind", "person"), ("Nora Lind", "person")]


def test_a_court_case_is_no_person(kit):
    """The NER tags "Gideon v. Wainwright" as a PERSON; a case is never the antecedent of "he"."""
    text = ("Justice Tom Lind joined the court in 2009. Gideon v. Wainwright was decided long before that. He said the "
            "decision was wrong.")
    assert [(q.speaker.mention, q.speaker.name) for q in kit(text).quotes] == [("He", "Tom Lind")]


@pytest.mark.parametrize("text, wrong", [
    ("Tom Lind runs Norvik. Critics reviewed the Norvik Model 3 on Monday. Norvik said sales rose. He said the car "
     "was safe.", "Norvik Model 3"),
    ("Tom Lind opened the bridge. Photograph: Karl Holt/Getty Images\n\nCrowds lined the river. He said the bridge "
     "was safe.", "Karl Holt/Getty Images"),
])
def test_a_product_or_a_photo_credit_is_no_person(nlp, text, wrong):
    """The small NER tags some "<maker> Model 3" and photo credits as PERSONs; read as one, every later "Norvik"
    became that person, and either became the antecedent of "he"."""
    doc = nlp(text)
    start = doc.text.index(wrong)
    span = doc.char_span(start, start + len(wrong), label="PERSON")
    doc.ents = sorted([*(e for e in doc.ents if e.end <= span.start or e.start >= span.end), span],
                      key=lambda e: e.start)
    idx = entity_index(doc)
    assert not any(wrong.split("/")[0] in name for _, name, _ in idx.ents)  # nor the credit's name alone
    he = doc.char_span(doc.text.index("He said"), doc.text.index("He said") + 2)
    assert resolve_speaker(doc, he, he.start_char, idx).name == "Tom Lind"


def test_a_given_name_tells_she_from_he(kit):
    """"Alicia" is a woman's name: "he" after her is the man named before."""
    text = ("Tom Lind chairs the committee. Correspondent Alicia Brandt looked at the budget. Men and women agreed "
            "with Lind when he said that the debt limit was a trump card.")
    assert kit(text).quotes[-1].speaker.name == "Tom Lind"


@pytest.mark.parametrize("text, name", [
    ("Mei Chen thanked Rahul Gupta for his support. He said he was proud of her.", "Rahul Gupta"),
    ('Aiko Tanaka and Mateo Rojas sparred over the tax plan. "It is a giveaway," she said. He called that "nonsense."',
     "Mateo Rojas"),
])
def test_given_names_off_the_lists_tell_she_from_he_by_birth_records(kit, text, name):
    """Rahul, Mateo, Mei and Aiko are on no hand-made list; the birth records make the last speaker the wrong sex."""
    assert kit(text).quotes[-1].speaker.name == name


def test_birth_records_read_only_a_name_that_a_surname_follows_and_yield_to_the_article(nlp):
    """"Hunter" alone may be a surname; "Hunter Reyes" opens with a given name. A pronoun the article binds to
    the name outweighs the records (most Evans are men)."""
    assert entity_index(nlp("Hunter Reyes said the plan was dead.")).gender == {"Hunter Reyes": "m"}
    assert entity_index(nlp("Reyes met Hunter on Friday. Hunter said the plan was dead.")).gender == {}
    assert entity_index(nlp("Evan Lark said she had declined the award.")).gender == {"Evan Lark": "m"}
    bound = "Evan Lark made waves a year earlier when she declined the award."
    assert entity_index(nlp(bound)).gender == {"Evan Lark": "f"}


def test_a_surname_that_is_a_title_word_tells_no_gender(kit, nlp):
    """"King" ends the name: Sacheen King is no man (as "King Charles" is)."""
    text = 'Tom Hale sat beside Sacheen King at the hearing. "It was wrong," she said.'
    assert kit(text).quotes[0].speaker.name == "Sacheen King"
    assert entity_index(nlp("Tom Lind met King Charles.")).gender == {"Tom Lind": "m", "King Charles": "m"}


def test_the_birth_records_yield_where_nobody_else_fits(kit):
    """Most Amaras in the records are women; the article's "He", with no one else named, says otherwise."""
    text = ("The WHO's director-general, Dr. Amara Diallo, urged governments to share vaccines. He called hoarding "
            "\"a moral failure.\"")
    assert [q.speaker.name for q in kit(text).quotes] == ["Amara Diallo", "Amara Diallo"]


def test_a_given_name_the_ner_cut_off_tells_the_gender_not_the_name_it_left(nlp):
    """The NER's person "Manning Barish" of "Carla Manning Barish" would be a man by the records' "Manning".
    Guard: a title before the name is no given name (the records hold "Judge" as a man's)."""
    doc = nlp("Carla Manning Barish says he lied.")
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert entity_index(doc).gender == {"Manning Barish": "f"}
    doc = nlp("Judge Amara Diallo says he lied.")
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert entity_index(doc).gender == {"Amara Diallo": "f"}


def test_he_after_a_named_woman_is_the_man_a_kin_noun_names(kit):
    """Jana is a woman's name, so "he" is not Moss; "her husband", the subject before, is who answers."""
    text = '"It\'s over," Jana Moss said. "We lost." Her husband nodded. "We did," he said quietly.'
    moss, husband = kit(text).quotes
    assert (moss.speaker.name, husband.text, husband.speaker.name) == ("Jana Moss", '"We did,"', "Jana Moss's husband")


def test_a_pronoun_bound_to_a_name_tells_its_gender(kit, nlp):
    """Neither given name is on the lists: "he declined", hung under the clause whose subject is Morrow, makes
    Morrow a man, so "she" skips him. A pronoun in what a name said may be anyone's, and tells nothing."""
    text = ("Tarvin Morrow made waves a year earlier when he declined the award. In his place, an activist named "
            "Sacheen Orla walked to the stage. \"The reasons are plain,\" she said.")
    assert kit(text).quotes[-1].speaker.name == "Sacheen Orla"
    assert entity_index(nlp(text)).gender == {"Tarvin Morrow": "m"}
    assert entity_index(nlp("Tarvin Morrow said she had declined the award.")).gender == {}


def test_a_kin_noun_beside_a_name_tells_its_gender(nlp):
    """"his wife, Sorrel": Sorrel is a woman, whatever the name lists say, so a later "he" is not Sorrel (the
    kin noun's possessor is someone else: "his" tells nothing of Sorrel). Not "the wife of Ivo Castell"."""
    text = 'Ivo Castell came home on Friday with his wife, Sorrel. "It is good to be back," he said.'
    assert entity_index(nlp(text)).gender == {"Sorrel": "f"}
    assert entity_index(nlp("The wife of Ivo Castell came home on Friday.")).gender == {}


def test_a_share_of_people_is_the_subject_that_speaks(rules_kit):
    """spaCy reads "%" as punctuation; it heads the subject all the same (no speaker before)."""
    (q,) = [q for q in rules_kit("Only 21% of people who voted for Tom Lind said the plan was fair.").quotes
            if q.cue.text == "said"]
    assert (q.text, q.speaker.mention) == ("the plan was fair", "Only 21% of people who voted for Tom Lind")


def test_a_share_of_respondents_is_nobody_s_title(kit):
    """The parser makes the "%" of "(31%) Tom Lind" a compound of the name; a later "70% say" is no title of his."""
    text = "Tom Lind (31%) and Ana Ruiz (28%) lead the poll. Among young voters, 70% say the race is close."
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == ("70%", None)


@pytest.mark.parametrize("text", [
    "Norvik Shipping owns the ferry. The group of dockers said the port would close.",
    "Lawmakers from Norvik Shipping's home state met on Monday. The bipartisan group of senators said the port "
    "would close.",
])
def test_a_group_of_people_is_not_the_company_named_last(rules_kit, kit, text):
    """"The group" may be a company named before; "the group of dockers" is the dockers."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.mention.startswith(("The group", "The bipartisan"))
        assert q.speaker.name == "t" + q.speaker.mention[1:]  # its own words, the sentence's capital dropped


@pytest.mark.parametrize("text, name", [
    ("Tom Lind runs the institute.\n\nA think tank was ruled to have acted lawfully when it did not renew the "
     "contract of a researcher after she tweeted that the rules were unfair.", "a researcher"),
    ("Tom Lind was sworn in on Monday. The next day the board fired the acting director after she said that the "
     "order was unlawful.", "the acting director"),
    ("Maria Lund, the mayor, spoke first on Monday. After meeting a reporter on Monday, she said the plan was dead.",
     "Maria Lund"),
    ("Maria Lund, the mayor, spoke first on Monday. The board fired a spokesman after she said the plan was dead.",
     "Maria Lund"),
    ("Maria Lund, the mayor, spoke first on Monday. After she said the plan was dead, Karen Holt left the room.",
     "Karen Holt"),
    ("Maria Lund, the mayor, spoke first on Monday. After she said the plan was dead, Mr. Holt left the room.",
     "Maria Lund"),
])
def test_he_or_she_in_an_adverbial_clause_is_the_unnamed_person_before_it(rules_kit, kit, text, name):
    """"... a researcher after she tweeted": the researcher, not the person the article named last; a main
    clause's subject, or a noun of the other gender, leaves "she" to the named person. Before its main clause,
    "she" is that clause's subject, where the subject's gender allows it."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("she", name)


def test_both_is_the_two_people_just_named(rules_kit, kit):
    """A "both" that speaks is the two people named in its sentence or the one before, as one joint speaker."""
    text = ("Piotr Vik chaired the panel. Take Reps. Tom Lind and Ana Ruiz, two moderates from swing districts. In "
            "separate interviews, both said they were open to the plan.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("both", "Tom Lind and Ana Ruiz")


@pytest.mark.parametrize(("text", "name"), [
    # more people named there: the two joined by "and" (it was nobody)
    ("The House passed the ban on Monday. It may stall in the Senate, where Democrats from red states, like Claire "
     "Ruiz (D-MO) and Heidi Lind (D-ND), face pressure, Hale noted in January. Both voted against the ban in 2015.",
     "Claire Ruiz and Heidi Lind"),
    ("Hale's plan contrasts sharply with Sens. Elizabeth Ruiz of Ohio and Bernard Lind of Utah, who have built their "
     "campaigns around small donors. Both have sworn off big fundraisers.", "Elizabeth Ruiz and Bernard Lind"),
])
def test_both_is_the_two_people_joined_by_and(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("Both", name)


def test_both_after_two_names_is_those_two(kit):
    """The parse makes a "both" set off after its subject an apposition of the first name: the two named."""
    text = ("His brief address on Monday reflected a move by much of the mainstream to line up behind Mr Hale. "
            "Earlier, defeated candidates, the Greens' Marc Olin and Socialist Paul Vane, both urged supporters to "
            "vote for Mr Hale.")
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == ("both", "Marc Olin and Paul Vane")


@pytest.mark.parametrize("text", [
    "Tom Lind spoke first. Both said the plan was dead.",  # one person named: nobody known
    # floating after its own subject (the parse makes it an apposition), where a tagger marks "both" alone
    "Tom Lind and Ana Ruiz met on Monday. The firms that run the exchange and the market both said the plan was dead.",
    # more than two named, but "both" inside a quotation: whatever the quoted speaker spoke of
    ('Piotr Vik reviewed the book by Ana Ruiz and Tom Lind. He wrote that "if the left and the right looked at the '
     'facts, both would agree."'),
])
def test_both_is_no_pair_it_cannot_mean(nlp, text):
    doc = nlp(text)
    both = next(doc[t.i : t.i + 1] for t in doc if t.lower_ == "both")
    assert resolve_speaker(doc, both, both.start_char, entity_index(doc)).name is None


@pytest.mark.parametrize("text, name", [
    ("At the debate on Monday, the Republican nominee refused to say whether he would accept the result. Instead, "
     "he said he would keep everyone guessing.", "the Republican nominee"),
    ("The spokeswoman declined to comment on Monday. Later he said the port would close.", None),
])
def test_he_or_she_where_nobody_is_named_before_is_the_unnamed_subject_before_it(rules_kit, kit, text, name):
    """With no name before it, "he" is the unnamed person a recent sentence was about, of his gender."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("he", name)


@pytest.mark.parametrize("text, mention, name", [
    ("Prosecutor Marc Olin said the suspects had fled.\n\nOne neighbor, who gave only his first name, said he was "
     "leaving for work when he saw the two men.\n\n\"The driver tried to take their bags,\" he said.", "he",
     "one neighbor"),
    ("Mayor Tom Lind wants the tax cut. A spokesman said the vote would be close. He said the council would meet on "
     "Monday.", "He", "a spokesman"),
    # a name of his gender since: Lind
    ("Mayor Tom Lind wants the tax cut. A spokesman said the vote would be close. Lind said he was confident. He said "
     "the council would meet on Monday.", "He", "Tom Lind"),
    # the one she spoke to is of her gender: the woman named before
    ("Ana Ruiz said the plan was sound. A reporter asked her about the cost. She said it was fair.", "She",
     "Ana Ruiz"),
    # named since, in apposition: the name
    ("Mayor Tom Lind wants the tax cut. One spokesman, Piotr Vik, said the vote would be close. He said the council "
     "would meet on Monday.", "He", "Piotr Vik"),
    # the aide spoke of a man it names as a subject: he is that man
    ("Mayor Tom Lind weighed a veto. Lind then met his advisers, who urged him to sign the bill, one aide said. By "
     "noon, he told reporters he had signed it.", "he", "Tom Lind"),
])
def test_he_or_she_after_an_unnamed_speaker_is_that_speaker(rules_kit, kit, text, mention, name):
    """A "he said" right after an unnamed person's statement continues it, though the article named a man before:
    news names a speaker once ("One neighbor said ... "...," he said")."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == (mention, name)


@pytest.mark.parametrize("text, name", [
    ("Mayor Tom Lind spoke on Monday. Mr. Castell managed a smile when Mr. Lind, who has attacked him all year, "
     "introduced him, and he even joked that the mayor had done him a favor.", "Castell"),
    # the subject of the first clause is a woman: the man named before
    ("Mayor Tom Lind spoke on Monday. Ana Ruiz smiled when Mr. Castell introduced her, and he joked that the mayor "
     "had done her a favor.", "Castell"),
])
def test_he_or_she_in_a_coordinated_clause_is_the_first_clause_s_subject(rules_kit, kit, text, name):
    """"X did this, and he said ..." goes on about X, though another man is named nearer, in a clause inside."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("he", name)


@pytest.mark.parametrize("text, name", [
    ("Voters who backed Tom Lind in 2016 say the economy is strong.", "voters"),
    ("Residents who called the Harbor Police on Monday said the alarm had rung for hours.", "residents"),
    ("According to figures published by the Norvik Treasury, the debt has doubled since 2010.", "Norvik Treasury"),
])
def test_a_name_in_a_clause_describing_the_speaker_is_not_the_speaker(rules_kit, kit, text, name):
    """Who the voters backed or whom the residents called does not name them; a participle that says who published
    a document ("figures published by X") or who someone is ("identified as") still does."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == name


@pytest.mark.parametrize("text, names", [
    ("Pete D’Alessio, the campaign’s county organizer in Iowa, said that the crowds were growing. Mr. D’Alessio said "
     "that the volunteers had a plan.", ["Pete D’Alessio", "Pete D’Alessio"]),
    ("“The port plan will fail,” Jeff O’Keane, a former party chairman, said.", ["Jeff O’Keane"]),
    ("Union president Terri O’Keane on the vote: “We will win this fight.”", ["Terri O’Keane"]),
    # read as written, "Ford" was a carmaker speaking and "O’Keane" nobody's name
    ("Republican strategist Ford O’Keane said the race was close. O’Keane added that turnout would decide it.",
     ["Ford O’Keane", "Ford O’Keane"]),
    # and a speaker the article does not name keeps no name (this had failed the whole document)
    ("Terri O’Keane chaired the meeting. “We will win this,” I said to her afterwards.", [None]),
])
def test_a_prefixed_surname_with_a_curly_apostrophe_ends_the_name(kit, text, names):
    """With a curly apostrophe the tagger reads "D’Alessio" as a plural noun or an adverb and the NER leaves it out of
    the name: the speaker would be "Pete", and "Mr. D’Alessio" someone else. The pipeline parses it straightened;
    the name, mention and statement keep the text's apostrophe."""
    quotes = kit(text).quotes
    assert [q.speaker.name for q in quotes] == names
    assert all(q.speaker.mention == text[q.speaker.start : q.speaker.end] and q.text == text[q.start : q.end]
               for q in quotes)


@pytest.mark.parametrize("text, names", [
    ("Chief of Naval Operations Adm Tom Vask said the fleet would return to Halden. Adm Vask said the ships would be "
     "based there by spring.", ["Tom Vask", "Tom Vask"]),
    ("Lt Col Ana Brekke said the base would stay open.", ["Ana Brekke"]),
    # the NER's organisation "Police Sgt", cut from the name, had been the speaker
    ("Officers were not involved in the shootings, Police Sgt. Lamont Vask said at the time.", ["Lamont Vask"]),
])
def test_an_abbreviated_rank_is_a_title(kit, text, names):
    """British style writes "Adm", "Lt Col" with no full stop; read as a name, "Adm Vask" was someone else."""
    assert [q.speaker.name for q in kit(text).quotes] == names


def test_a_reporting_verb_that_opens_the_sentence_is_no_given_name(kit):
    """"Said Lind: ..." puts the verb first; the NER reads "Said Lind" as a name, and "he" then meant that person."""
    text = 'The bill failed in the Senate on Tuesday. Said Lind: "We will not stop." He said the law was clear.'
    assert [(q.speaker.mention, q.speaker.name) for q in kit(text).quotes] == [("Lind", "Lind"), ("He", "Lind")]


@pytest.mark.parametrize("text, name", [
    ("Sen. Tom Lind spoke on Monday. Sen. Ana Berg left early. Mr. Lind was criticized for a vote last week. "
     "The lawmaker said he would vote the same way again.", "Tom Lind"),
    ("Rep. Ana Berg spoke on Monday. Ms. Berg has faced criticism since her election. The congresswoman has said "
     "that her criticism is fair.", "Ana Berg"),
    # a congressman is no congresswoman
    ("Rep. Ana Berg spoke on Monday. Tom Lind met reporters, and the congressman said that the vote could wait.",
     "the congressman"),
])
def test_a_lawmaker_is_a_senator_or_representative_named_before(kit, text, name):
    assert kit(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # no one else is named: "she" stays unresolved rather than being the town
    ("Voters in this suburb of Águeda chose a park. The vote has gone well since Águeda adopted it, she says.", None),
    ("Tom Lind studies budgets. In May Porto Alegre, Brazil, which held the first such vote, dropped it. “The next "
     "city will do better,” he says.", "Tom Lind"),
])
def test_a_place_the_ner_reads_as_a_person_answers_no_pronoun(kit, text, name):
    """The NER tags "Águeda" and "Porto Alegre" PERSON; "this suburb of Águeda" and "Porto Alegre, Brazil," show
    they are places, so a later "she" or "he" is someone else."""
    assert kit(text).quotes[-1].speaker.name == name


def test_a_person_called_the_country_s_minister_stays_a_person(kit):
    """Guard: a parse that hangs "the country’s former prime minister" on "country" is no place in apposition."""
    q = kit("Carl Vik, the country’s former prime minister, wrote that the attack never happened.").quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Carl Vik", "person")


def test_names_in_capitals_and_lower_case_prefixes(rules_kit, kit):
    """A dateline's "WASHINGTON" does not name the later "Washington"; "deVries" is part of the judge's name, and
    "DeVries" at the start of a sentence is the judge too."""
    text = ("WASHINGTON (Reuters) - Oslo said the ship was inside its waters, while Washington said it was in "
            "international waters.")
    assert [q.speaker.name for q in kit(text).quotes] == ["Oslo", "Washington"]
    text = ("U.S. District Judge Paul deVries ruled that the port law stands. The judge noted that appeals are likely. "
            "DeVries wrote that the harm was not proven.")
    for pipeline in (rules_kit, kit):
        assert [q.speaker.name for q in pipeline(text).quotes] == ["Paul deVries"] * 3


def test_a_title_or_a_party_tag_cut_from_its_name_takes_the_name(nlp):
    """The tagger's source span can be "Ms." of "Ms. Berg" or "R-Fla." of "Sen. Tom Lind, R-Fla.,": the name right
    after the title, or right before the party tag, is who."""
    doc = nlp("Rep. Ana Berg spoke on Monday. Ms. Berg, a lawyer, has been criticized since her election.")
    speaker = resolve_speaker(doc, doc[7:8], doc[7].idx)
    assert (speaker.name, speaker.mention, speaker.kind) == ("Ana Berg", "Ms. Berg", "person")
    doc = nlp("Sen. Tom Lind, R-Fla., said the plan was dead.")
    speaker = resolve_speaker(doc, doc[4:7], doc[4].idx)
    assert (speaker.name, speaker.mention, speaker.kind) == ("Tom Lind", "Tom Lind", "person")


def test_a_transcript_label_names_the_person_not_the_role(kit):
    """"NORA QUIST (CO-HOST):" is Nora Quist, written as a name; the role in brackets is no organisation, and a
    later "QUIST:" is the same person."""
    text = ("The hosts took up the plan on Monday.\n\nNORA QUIST (CO-HOST): The plan will cost too much.\n\n"
            "TOM HALE (FOX BUSINESS HOST): It is outrageous.\n\nHALE: Nobody wants it.")
    assert [q.speaker.name for q in kit(text).quotes] == ["Nora Quist", "Tom Hale", "Tom Hale"]


def test_a_transcript_label_ends_before_its_colon_and_a_given_name_in_capitals_is_a_person(rules_kit, kit):
    """spaCy keeps "):" whole as an emoticon, so the mention "TOM HALE (HOST):" swallowed the cue; and a label in
    capitals without a role ("TESS ORLANDO:") is a person named as written, where the NER reads a group. Both
    extractors, the same mentions; a colon glued to a quotation mark ('Hale:“') is the cue too."""
    text = ("The panel took up the port bill on Friday.\n\nTOM HALE (HOST): The bill looks dead to me.\n\n"
            "Sen. Ana Ruiz (D-Ore.): The bill will pass next month.\n\n"
            "TESS ORLANDO: The numbers speak for themselves.\n\nHale:“We will see about that.”")
    for pipeline in (rules_kit, kit):
        turns = [(q.speaker.mention, q.speaker.name, q.speaker.kind, q.cue.text) for q in pipeline(text).quotes
                 if q.cue is not None and q.cue.text == ":"]
        assert turns == [("TOM HALE (HOST)", "Tom Hale", "person", ":"),
                         ("Sen. Ana Ruiz (D-Ore.)", "Ana Ruiz", "person", ":"),
                         ("TESS ORLANDO", "Tess Orlando", "person", ":"), ("Hale", "Tom Hale", "person", ":")]
    # guard: a label in capitals that starts with no given name is no person
    (note,) = rules_kit("The ferry company spoke on Monday.\n\nHARBOR WATCH: The ferry docked late again.").quotes
    assert (note.speaker.mention, note.speaker.name, note.speaker.kind) == ("HARBOR WATCH", "HARBOR WATCH", "other")


@pytest.mark.parametrize("text, mention, name", [
    ("Senator Tom Lind (R-Texas) said the bill would fail.", "Senator Tom Lind (R-Texas)", "Tom Lind"),
    ("A spokesman for the Harbor Party (HP) said the vote was rigged.", "A spokesman for the Harbor Party (HP)",
     "Harbor Party"),
    ("Most voters in the county (62%) said the bill would fail.", "Most voters in the county (62%)",
     "most voters in the county"),
    ("Majorities of Republicans (84%) and Democrats (74%) say the plan is too costly.",
     "Majorities of Republicans (84%) and Democrats (74%)", "Majorities of Republicans and Democrats"),
])
def test_a_mention_keeps_the_bracket_that_closes_its_own(rules_kit, kit, text, mention, name):
    """The parse hangs the closing bracket on the verb, so the rules' mention read "Senator Tom Lind (R-Texas" (196
    of the 1,500 AllSides articles' mentions, 2 after the fix; PolNeAR's gold sources keep the bracket 171 times of
    174). A name keeps no aside in brackets (a group's name was "Majorities of Republicans (84% and Democrats (74")."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == (mention, name)
        assert text[q.speaker.start : q.speaker.end] == mention


@pytest.mark.parametrize("plain", ["About half of Republicans say the plan is too costly.",
                                   "Fewer than half of Black adults say spending should be cut."])
def test_a_share_in_brackets_does_not_change_the_speakers_name(rules_kit, kit, plain):
    """"About half of Republicans (51%) say" is named as "About half of Republicans say" is: the aside is no part of
    the name, nor of the words the resolver compares with the group's own name."""
    aside = plain.replace(" say", " (51%) say")
    for pipeline in (rules_kit, kit):
        assert pipeline(aside).quotes[-1].speaker.name == pipeline(plain).quotes[-1].speaker.name


def test_an_interview_printed_as_a_dialogue_gives_i_to_whoever_has_the_turn(kit):
    """Each name alone on a line opens that person's turn: "I" there is them, not the unnamed author; where no name
    comes back on such a line (profiles headed by names), "I" stays the author."""
    def speakers(text):
        return [(q.speaker.mention, q.speaker.name) for q in kit(text).quotes if q.speaker]

    interview = ("The historian Maren Solvik has a new book out this week.\n\nTom Hale\n\n"
                 "I think readers will be surprised by the book.\n\nMaren Solvik\n\n"
                 "I believe that the archives were never closed.\n\nTom Hale\n\n"
                 "I suspect that the ministry disagrees.")
    assert speakers(interview) == [("I", "Tom Hale"), ("I", "Maren Solvik"), ("I", "Tom Hale")]
    # guard: each name once, so no dialogue
    profiles = ("Three candidates filed papers on Friday.\n\nTom Hale\n\nThe lawyer said that taxes were too high."
                "\n\nMaren Solvik\n\nI think readers will be surprised by the book.")
    assert speakers(profiles)[-1] == ("I", None)


@pytest.mark.parametrize("text, name", [
    # a place that qualifies someone is not who spoke, unlike the place whose officials speak
    ("Last week a Los Angeles radio host said that Lind had lied.", "a Los Angeles radio host"),
    ("Last week a Chicago lawyer said that Lind had lied.", "a Chicago lawyer"),
    ("The Texas Senator said that Lind had lied.", "The Texas Senator"),
    ("Last year judges in Minnesota and Colorado said that the cuts were lawful.", "judges in Minnesota and Colorado"),
    # a political camp of a body is not the body
    ("Last week House conservatives said that the bill was dead.", "House conservatives"),
    # guards: officials, and lawyers "for" a place, do speak for it
    ("Pentagon officials said that Lind had lied.", "Pentagon"),
    ("Last week lawyers for New York said that the appeal came too late.", "New York"),
    # "the company" is the last business named, and one the article calls a business ("Tovik SA", "security firm
    # Votewise Analytics") before any other organisation: news introduces its main company so
    ("A container exploded at the Tovik SA plant in Crosby on Thursday. Smoke rose for hours. Photo: NASA\n\nThe "
     "company said that the other containers were safe.", "Tovik SA"),
    ("The campaign hired security firm Votewise Analytics in May. Hackers had stolen data from Norvik Airlines. The "
     "firm says that the attack came from abroad.", "Votewise Analytics"),
    # nor is a body spelled out elsewhere, a photo credit or a storm the NER tags ORG
    ("A fire broke out at a plant of Tovik Chemicals in Crosby. The Environmental Protection Agency requires a plan "
     "for such sites. Nobody could find the EPA plan. The company said that the tanks were safe.", "Tovik Chemicals"),
    ("A fire broke out at a plant of Tovik Chemicals in Crosby. Smoke rose for hours. Photo: NASA\n\nThe company "
     "said that the tanks were safe.", "Tovik Chemicals"),
    ("Tovik Chemicals runs the plant in Crosby. As Hurricane Harvey approached on Sunday, the company said that the "
     "tanks were safe.", "Tovik Chemicals"),
    # an agency is no company: with no business named, "the company" keeps its words
    ("Tom Lind, who runs the federal emergency agency Fema, visited the site. Families left their homes after the "
     "company warned that the tanks could burn.", "the company"),
    # "the Ukrainian president" is the president the article called Ukrainian, not the last president named
    ("Ukrainian President Ana Ruiz spoke on Monday. Iranian President Tom Hale promised an inquiry. The Ukrainian "
     "president said that the inquiry must be open.", "Ana Ruiz"),
    # guard: a party is no nation (a first version lost the governor of New Jersey here)
    ("New Jersey Gov. Tom Hale spoke on Monday. Republican Sen. Ana Ruiz left. The Republican governor said that the "
     "state was doing well.", "Tom Hale"),
    # a party tag is no member of a joint speaker
    ("On Monday Sen. Tom Lind, R-Arizona, and other Republicans warned that the port deal must be reviewed.",
     "Tom Lind and other Republicans"),
])
def test_what_qualifies_a_mention_decides_who_it_is(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == name


def test_the_white_house_after_a_name_is_no_part_of_it(nlp):
    """The NER's person "Trump White House" would make every later "Trump" that person."""
    doc = nlp("Trump tweeted his disapproval after the Trump White House stayed silent.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 9, label="PERSON")]
    assert [(e.text, name) for e, name, _ in entity_index(doc).ents] == [
        ("Trump", "Trump"), ("Trump", "Trump"), ("White House", "White House")]


def test_al_qaeda_tagged_as_a_person_is_an_organisation(nlp):
    """The NER's person "Al Qaeda" (read like "Al Gore") would be the "he" of the next sentence."""
    doc = nlp("Tom Vik served in Bosnia. Years later Al Qaeda attacked the embassy. He says he was horrified.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert [(e.text, kind) for e, _, kind in entity_index(doc).ents] == [
        ("Tom Vik", "person"), ("Al Qaeda", "organization")]
    assert resolve_speaker(doc, doc[14:15], doc[14].idx).name == "Tom Vik"


@pytest.mark.parametrize(("text", "name"), [
    # a title before the name is no name: "Chief" of "Chief of Naval Operations"
    ("The Navy's top officer, Chief of Naval Operations Adm. Tom Hale, said on Tuesday that the ship was ready.",
     "Tom Hale"),
    # a name run into the next name modifies it: the counselor is Brandt, not the governor
    ("Counselor to Governor Ana Ruiz Kellyanne Brandt criticized some on the left for politicizing the shooting.",
     "Kellyanne Brandt"),
    # "Mr. Lind" is not the one Lind the article names in full, a woman; nor is a bare "Lind" once a "Mr." is known
    ("Michelle Lind opened the school on Monday. Mr. Lind said that the budget was too small.", "Lind"),
    ("Michelle Lind opened the school on Monday. Mr. Lind spoke later. Lind said that the budget was too small.",
     "Lind"),
    # a nationality or party adjective names no one (the NER tags "Ukrainian" a place, "Democratic" a group)
    ("Ukrainian officials said that the money had arrived.", "Ukrainian officials"),
    ("After the debate, 63 percent of Democratic voters said that the deal was bad.",
     "63 percent of Democratic voters"),
    # ... guards (a first version of that rule broke them): it still keeps "the group" from the group named last and
    # an official "in Kabul" from speaking for Kabul
    ("Twitter signed a deal in May. Soon after, the French group said that the deal was a victory.",
     "the French group"),
    ("A veteran Western official in Kabul said that the talks had failed.", "a veteran Western official in Kabul"),
    # sources close to someone, or familiar with their plans, are not that someone
    ("Ana Ruiz drew up a list. One source familiar with Ruiz's list said that Tom Hale was on it.",
     "one source familiar with Ruiz's list"),
    ("Ana Ruiz drew up a list. A source close to the Halden mayor said that Tom Hale was on it.",
     "a source close to the Halden mayor"),
    ("Ana Ruiz drew up a list. People with ties to Ruiz's campaign said that Tom Hale was on it.",
     "people with ties to Ruiz's campaign"),
    # some of a group speak as the group would ...
    ("Tom Hale spoke on Monday. Several of Hale's top aides have insisted that he never considered it.",
     "Tom Hale's aides"),
    # ... but not as a group they are only part of ("Democrats")
    ("Half of Hispanic Democrats said that the deal was bad.", "Half of Hispanic Democrats"),
    # ... guards: the group named by the NER, an apposition naming the one member, a plain group keeps its words
    ("A majority of Iowans said that the deal was bad.", "Iowans"),
    ("Tom Hale spoke. One of Mr. Hale’s lawyers, Ana Ruiz, said that the inquiry was a hoax.", "Ana Ruiz"),
    ("Some of the protesters said that the police had hit them.", "some of the protesters"),
    # kin are not the person they are kin to
    ("Bill Vik testified on Tuesday. Mr Vik's wife said that he was tired.", "Bill Vik's wife"),
    # "the New York Democrat" is not one the article gave the other party ("a Utah Republican")
    ("Sen. Tom Lind, a Utah Republican, blocked the bill. The plan falls short of the checks demanded by Senate "
     "Minority Leader Ana Ruiz. Anything less than that bill, the New York Democrat said, would be a failure.",
     "Ana Ruiz"),
    # a party before a title rules out the holder of the other party
    ("Presumptive Democratic nominee Ana Ruiz spoke on Monday. The presumptive Republican nominee said that the vote "
     "was a big deal.", "the presumptive Republican nominee"),
])
def test_words_around_a_name_that_do_not_make_it_the_speaker(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a count of people is a group of them, whatever word counts them (these were of kind other, the host a person) ...
    ("A growing number of governors say that the rule is too strict.", "a growing number of governors", "group"),
    ("A host of experts warned that the rule was too strict.", "a host of experts", "group"),
    ("The rest of the panel said that the rule was too strict.", "the rest of the panel", "group"),
    # ... a count of documents no one is named the author of is no group (it was one)
    ("Several of the studies found that the rule had no effect.", "several of the studies", "other"),
    # ... and neither the one who leads them nor one picked out of them is they (each was the speaker); one in
    # apposition is (guards)
    ("Some of the lawmakers, led by Tom Lind, said that the rule was too strict.", "some of the lawmakers, led by Tom "
     "Lind", "group"),
    ("Some of the ministers, notably Ana Ruiz, said that the rule was too strict.",
     "some of the ministers, notably Ana Ruiz", "group"),
    ("Tom Hale spoke. One of Mr. Hale’s lawyers, Ana Ruiz, said that the inquiry was a hoax.", "Ana Ruiz", "person"),
    ("One of those economists, the Harbor Institute of Manufacturers’ Tom Vik, said that the rule was too strict.",
     "Tom Vik", "person"),
    # one of a group someone has is one person of theirs, not the group (it was "Tom Hale's lawyers", a group), and
    # one of some documents is a document (it was a person)
    ("Tom Hale spoke on Monday. One of his lawyers said that the inquiry was a hoax.", "one of Tom Hale's lawyers",
     "person"),
    ("One of the studies found that the rule had no effect.", "one of the studies", "other"),
    # ... and so is a bare "one" after a group of people (it was nobody, of kind other), not after things (guard)
    ("Two council members voted against the plan on Monday. One said that the vote was rushed.",
     "one of two council members", "person"),
    ("The rule has two parts. One says that the fee must be paid.", None, "other"),
    ("Given the new wealth of the region, one would have expected that the old feuds would fade.", None, "other"),
])
def test_a_count_of_people_is_a_group_and_a_count_of_documents_is_not(rules_kit, kit, text, name, kind):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize(("text", "name"), [
    # the NER takes the pollster for a person, and the parse hangs the name on the first title or splits "co-founder"
    ('"We ran the survey overnight," said Vera Polling co-founder and chief research officer Lena Brooks.',
     "Lena Brooks"),
    ('"We ran the survey overnight," said Vera Polling co-founder Lena Brooks.', "Lena Brooks"),
    ('Tom Hale spoke on Monday. "We ran the survey overnight," said Hale co-founder and adviser Ana Ruiz.', "Ana Ruiz"),
    # guards: one title, and two people with their titles
    ('Tom Hale spoke on Monday. "We ran the survey overnight," said Hale adviser Ana Ruiz.', "Ana Ruiz"),
    ('"It is time to stop posturing," House Speaker Ana Ruiz and Senate Democratic leader Tom Lind said.',
     "Ana Ruiz and Tom Lind"),
])
def test_a_name_before_titles_is_whose_titles_they_are_not_the_speaker(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == name


def test_those_who_mention_a_name_are_not_that_name(rules_kit, kit):
    """A relative clause says what "those" are, not who: no name, as for any unnamed "those"."""
    text = "Those who doubted Ford and the other women accusing Tom Hale argued that the claims could not be proved."
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.mention == "Those who doubted Ford and the other women accusing Tom Hale"
        assert q.speaker.name is None


def test_a_book_title_read_as_a_clause_is_not_the_speaker(nlp):
    """The parser reads the title "Facts Are Loud" as a clause whose verb heads the whole mention."""
    doc = nlp("Real data, says Nora Vik, data editor at Brightline and author of Facts Are Loud, is messy.")
    mention = doc[4:17]
    assert mention.text == "Nora Vik, data editor at Brightline and author of Facts Are Loud"
    assert resolve_speaker(doc, mention, doc[0].idx).name == "Nora Vik"


def test_a_dateline_run_into_a_name_is_no_part_of_it(nlp):
    """The NER's person "Fla.—President Tom Lind": the dateline and title are one token with the dash."""
    doc = nlp("WEST PALM BEACH, Fla.—President Tom Lind said on Friday that the tweets were fine.")
    doc.ents = [Span(doc, 4, 7, label="PERSON")]
    assert [name for _, name, _ in entity_index(doc).ents] == ["Tom Lind"]


def test_one_of_a_group_named_after_it_is_that_person(nlp):
    """The parse makes "Ruiz" the verb's subject, not an apposition: still the one of Lind's deputies who spoke."""
    text = ("Neither did a spokeswoman for Rep. Tom Lind (R-Ore.), the chairman of the party's campaign arm. But one "
            "of Lind’s deputies and the front-runner to replace him at the top of the campaign arm, Rep. Ana Ruiz "
            "(R-Ohio), dismissed the notion of a rigged vote.")
    doc = nlp(text)
    start = text.index("one of Lind")
    mention = doc.char_span(start, text.index(" dismissed"), alignment_mode="expand")
    assert resolve_speaker(doc, mention, start).name == "Ana Ruiz"


def test_a_party_word_of_the_sentence_before_is_no_ones_party(nlp):
    """"... than Democratic. And Tom Lind ..." states no party for Lind; "Democratic Sen. Ana Ruiz" does (guard)."""
    assert "Tom Lind" not in entity_index(nlp("Such voters lean Republican rather than Democratic. And Tom Lind "
                                              "was their candidate.")).party
    assert entity_index(nlp("Democratic Sen. Ana Ruiz spoke on Monday.")).party == {"Ana Ruiz": "democrat"}


@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ("First Lady Melania Lind said on Friday that the garden was open.", 1, 4, "Melania Lind"),
    ("Secretary of Agriculture Mike Vik said on Friday that the farms were fine.", 2, 5, "Mike Vik"),
    ("Police Superintendent Eddie T. Ruiz said on Friday that the case was open.", 1, 5, "Eddie T. Ruiz"),
    ("First Lady Nora said on Friday that the garden was open.", 1, 3, "Nora"),
    # guards: a name whose middle name is a common given name keeps its first name, also after "of"
    ("Keisha Lance Vik said on Friday that the case was open.", 0, 3, "Keisha Lance Vik"),
    ("A letter of Coretta Scott Lind was read out on Friday.", 3, 6, "Coretta Scott Lind"),
])
def test_a_title_the_ner_runs_into_a_name_is_no_part_of_it(nlp, text, start, end, name):
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert [n for _, n, _ in entity_index(doc).ents] == [name]


def test_a_share_of_voters_holds_no_title(nlp):
    """The parse hangs "8 percent" on the name it supports; "Only 13 percent" is then no title holder's words."""
    text = ("Ana Ruiz leads Tom Hale in the four-way race by 4 percentage points, 42 percent to 38 percent, with 8 "
            "percent supporting Piotr Vik, 3 percent supporting Lena Brandt and 9 percent undecided. Only 13 percent "
            "think the party should drop Hale.")
    doc = nlp(text)
    assert "percent" not in entity_index(doc).roles
    start = text.index("Only 13")
    mention = doc.char_span(start, start + len("Only 13 percent"))
    assert resolve_speaker(doc, mention, start).name == "Only 13 percent"


def test_an_organisation_before_a_title_is_no_title(nlp):
    """A parse that hangs "Court" of "Supreme Court Justice Ana Ruiz" on the name: "the court" is not Ruiz."""
    words = ["Supreme", "Court", "Justice", "Ana", "Ruiz", "will", "miss", "the", "sessions", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 4, 4, 4, 6, 6, 6, 8, 6, 6],
              deps=["compound", "compound", "compound", "compound", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
              tags=["NNP", "NNP", "NNP", "NNP", "NNP", "MD", "VB", "DT", "NNS", "."],
              ents=["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert entity_index(doc).roles == {"justice": [(22, "Ana Ruiz", frozenset())]}


def test_a_subject_the_parse_hangs_on_a_name_is_no_title_of_it(nlp):
    """"..., including Tom Lind, a U.S. official told CNN": the official is the source, not Lind's title."""
    text = "Commandos flew in but could not find the hostages, including Tom Lind, a U.S. official told CNN."
    doc = nlp(text)
    start = text.index("a U.S.")
    assert resolve_speaker(doc, doc.char_span(start, start + len("a U.S. official")), start).name == "U.S."


@pytest.mark.parametrize(("text", "name"), [
    # "prime" and a hyphenated "vice-" make another office of the noun
    ("Prime Minister Ana Ruiz faces a vote on Tuesday. Justice Minister Tom Hale said the deal was sound. The prime "
     "minister said she would not resign.", "Ana Ruiz"),
    ("President Tom Lind spoke on Monday. The vice-president, Ana Ruiz, will attend the funeral. The president said "
     "the service would be short.", "Tom Lind"),
])
def test_a_rank_written_as_an_adjective_tells_offices_apart(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == name


def test_a_title_named_later_is_the_nearest_holder(kit):
    """"A senator ... Sen. Ana Ruiz called it risky, and Sen. Tom Hale ...": the first one named after it."""
    text = ("A senator raised questions about the deal on Sunday. Sen. Ana Ruiz called it risky, and Sen. Tom Hale "
            "called it fine.")
    q = kit(text).quotes[0]
    assert (q.speaker.mention, q.speaker.name) == ("A senator", "Ana Ruiz")


def test_a_name_the_ner_ends_at_a_particle_takes_the_surname(nlp):
    doc = nlp("French Foreign Minister Jean-Yves Le Drian said the claim was not credible.")
    doc.ents = [Span(doc, 3, 7, label="PERSON")]
    assert doc.ents[0].text == "Jean-Yves Le"
    assert [n for _, n, _ in entity_index(doc).ents] == ["Jean-Yves Le Drian"]


def test_a_name_in_a_relative_clause_cut_short_is_not_the_speaker(nlp):
    """The mention ends before the clause's verb: "The emir of Halden, whose country Tom Lind | aided"."""
    text = "The emir of Halden, whose country Tom Lind aided after the invasion, said the debt was paid."
    doc = nlp(text)
    assert resolve_speaker(doc, doc.char_span(0, text.index(" aided")), 0).name == "Halden"


def test_critics_of_a_persons_policy_are_not_that_person(rules_kit, kit):
    """A person deeper in the qualifier ("critics of Ana Ruiz's policy") is not the one qualified (guard: "allies
    of" a person are still hers)."""
    for text, name in (("Critics of Ana Ruiz's policy argued that it had failed.", "critics of Ana Ruiz's policy"),
                       ("Allies of Ana Ruiz argued that it had worked.", "Ana Ruiz's allies")):
        for q in last_quotes(text, rules_kit, kit):
            assert q.speaker.name == name


@pytest.mark.parametrize(("text", "spans", "names"), [
    ("Speaker for the House Nancy Lind said the vote would be held.", [(2, 6, "ORG")], ["Nancy Lind"]),
    ("U.S. Ambassador to the U.N. Nikki Ruiz said the sanctions would stay.", [(0, 1, "GPE"), (3, 7, "ORG")],
     ["U.S.", "Nikki Ruiz"]),
    # guard: an organisation named after a person is no person
    ("He gave the money to the Hillary Lind Foundation, which thanked him.", [(5, 9, "ORG")],
     ["Hillary Lind Foundation"]),
])
def test_a_name_the_ner_runs_on_from_a_title_with_for_or_to(nlp, text, spans, names):
    """The NER reads "the House Nancy Lind" of "Speaker for the House Nancy Lind" as one organisation."""
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
    assert [n for _, n, _ in entity_index(doc).ents] == names


def test_a_web_page_command_is_no_part_of_a_name(nlp):
    """A page's "Add Tom Lindqvist as an interest" made "Add Tom Lindqvist" the fullest name for every "Lindqvist"."""
    doc = nlp("Interested in Tom Lindqvist? Add Tom Lindqvist as an interest to stay up to date on the latest Tom "
              "Lindqvist news. Lindqvist said the show went well.")
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 8, label="PERSON"), Span(doc, 23, 24, label="PERSON")]
    assert doc.ents[1].text == "Add Tom Lindqvist" and doc.ents[2].text == "Lindqvist"
    assert {n for _, n, _ in entity_index(doc).ents} == {"Tom Lindqvist"}


def test_senators_listed_with_their_parties_speak_together(nlp, kit):
    """The tokenizer cuts "Sens" from its period and the parse reads "(D-VT)" as an apposition: still both."""
    text = "Sens. Tom Lind (D-VT) and Ana Ruiz (D-IL) said the hearing was a sham."
    doc = nlp(text)
    found = resolve_speaker(doc, doc.char_span(0, text.index(" said")), 0)
    assert (found.name, found.kind) == ("Tom Lind and Ana Ruiz", "group")
    (q,) = kit(text).quotes
    assert (q.speaker.mention, q.speaker.name) == ("Sens. Tom Lind (D-VT) and Ana Ruiz (D-IL)", "Tom Lind and Ana Ruiz")


def test_the_house_is_the_chamber_not_a_house_named_before(rules_kit, kit):
    """"The House" is short for "House of Representatives", never for the charity "Harbor House" (guards: nor "the
    White House"; "the U.S. House of Representatives" is the chamber)."""
    for text, name in (
            ("The U.S. House of Representatives met on Monday. The House said that the vote would be held.",
             "U.S. House of Representatives"),
            ("The U.S. House met on Monday. The House said that the vote would be held.", "U.S. House"),
            ("The charity Harbor House opened a new shelter. Later the House passed the bill, and the House said it "
             "would vote again.", "House"),
            ("The White House said it was fine. The House said that it was not.", "House")):
        for q in last_quotes(text, rules_kit, kit):
            assert (q.speaker.mention.lower(), q.speaker.name) == ("the house", name)


def test_a_possessors_person_in_an_organisation_entity_is_a_person(nlp):
    """The NER reads "Vox’s Dara Lindqvist" as one organisation; the given name is no common one (guards: "Trump's
    Justice Department" and "Dreyer’s Grand Ice Cream" stay organisations)."""
    for text, name in (("Vox’s Dara Lindqvist said so on Friday.", "Dara Lindqvist"),
                       ("Trump's Justice Department said so on Friday.", "Trump's Justice Department"),
                       ("Dreyer’s Grand Ice Cream said so on Friday.", "Dreyer’s Grand Ice Cream"),
                       ("The Harbor’s Foreign Affairs said so on Friday.", "Harbor’s Foreign Affairs")):
        doc = nlp(text)
        doc.ents = [Span(doc, 0, next(t.i for t in doc if t.text == "said"), label="ORG")]
        assert [n for _, n, _ in entity_index(doc).ents] == [name]


def test_a_persons_lawyer_is_the_one_named_so_else_nobody_named(kit):
    """"Lind's lawyer" is the lawyer the article named as someone's ("His lawyer, Ana Ruiz"), not Lind; a lawyer
    named for something else ("a lawyer for a tenants group") is not his, and then his lawyer is unnamed."""
    for text, name in (
            ("Tom Lind was charged on Monday. His lawyer, Ana Ruiz, said the charges were \"absurd.\" Later, Lind’s "
             "lawyer said he would plead not guilty.", "Ana Ruiz"),
            ("Tom Lind was charged on Monday. Ana Ruiz, a lawyer for a tenants group, praised the move. Lind’s lawyer "
             "said the charges were \"absurd.\"", "Tom Lind's lawyer")):
        q = kit(text).quotes[-1]
        assert (q.speaker.mention, q.speaker.name) == ("Lind’s lawyer", name)


def test_a_persons_detractors_are_not_the_person(kit):
    text = "Tom Lind spoke in Ohio. Lind’s detractors said his campaign was full of \"dog whistles.\""
    (q,) = kit(text).quotes
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("Lind’s detractors", "Tom Lind's detractors",
                                                                   "group")


def test_a_partys_document_speaks_for_its_members(kit):
    text = "The Democratic memo says the bureau \"acted in good faith.\""
    (q,) = kit(text).quotes
    assert (q.speaker.mention, q.speaker.name) == ("The Democratic memo", "Democrats")


def test_a_title_cut_from_its_name_is_that_person(nlp):
    """The tagger's "Alaska Rep." of "Alaska Rep. Tom Lind issued an apology" is Lind, not Alaska."""
    text = "Alaska Rep. Tom Lind issued an apology on Friday, saying the term was \"insensitive.\""
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 4, label="PERSON")]
    found = resolve_speaker(doc, doc[0:2], 0)
    assert (found.name, found.kind) == ("Tom Lind", "person")


def test_people_listed_in_apposition_speak_together(kit):
    text = ("After the vote, two other senators, Tom Lind and Ana Ruiz of Utah, said they would be "
            "\"self-quarantining for 14 days.\"")
    (q,) = kit(text).quotes
    assert (q.speaker.name, q.speaker.kind) == ("Tom Lind and Ana Ruiz", "group")


@pytest.mark.parametrize(("text", "spans", "named"), [
    # a body named after a person; otherwise every "Washington" would be the university
    ("A George Washington University survey was cited by Washington on Monday.", [(1, 4, "PERSON"), (8, 9, "PERSON")],
     [("George Washington University", "organization"), ("Washington", "person")]),
    ("Tomas Vik Farm owner Ana Lind said the harvest was poor.", [(0, 3, "PERSON"), (4, 6, "PERSON")],
     [("Tomas Vik Farm", "organization"), ("Ana Lind", "person")]),
    # nor a run of proper nouns the NER missed ending in such a word
    ("The Tomas Vik Farm said the harvest was poor.", [], []),
    # a body's name read as a person: "he" would mean it
    ("Harbor Caucus members met. The Harbor Caucus knows its power.", [(0, 2, "PERSON"), (6, 8, "PERSON")],
     [("Harbor Caucus", "organization"), ("Harbor Caucus", "organization")]),
    # a full name read as an organisation, whose surname the NER reads as a person elsewhere
    ("NBC’s Megyn Kelly called the tactics wrong. Kelly said it had to stop.", [(2, 4, "ORG"), (9, 10, "PERSON")],
     [("Megyn Kelly", "person"), ("Megyn Kelly", "person")]),
    # a noun of a person before a name is a title (see test_a_noun_of_a_person_before_a_full_name_is_no_part_of_it),
    # not when a hyphen joins it to the name
    ("Man-Yee Lee said the school would close.", [(0, 4, "PERSON")], [("Man-Yee Lee", "person")]),
    # a page's share buttons run into a name
    ("Facebook Twitter Pinterest Tom Lind opened the port on Monday.", [(0, 5, "PERSON")], [("Tom Lind", "person")]),
    # a day run into a name: "Twitter", the platform
    ("She wrote on Twitter Sunday that it was over.", [(3, 5, "PERSON")], [("Twitter", "organization")]),
    # a web page's command is nobody
    ("Watch the clip. Copy this code to your website.", [(4, 5, "PERSON")], []),
    # one word after "the" heading its phrase is no person ("The Hill reports"); guard: "the Obama administration"
    ("The Hill reports that the Obama administration agreed.", [(1, 2, "PERSON"), (5, 6, "PERSON")],
     [("Hill", "organization"), ("Obama", "person")]),
])
def test_entities_the_small_ner_misreads(nlp, text, spans, named):
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
    assert [(n, k) for _, n, k in entity_index(doc).ents] == named


def test_an_acronym_tagged_as_a_place_that_spells_out_an_organisation_is_it(nlp):
    """"NRA" tagged GPE after "the National Rifle Association": a place, "they" could never mean it."""
    text = "The National Rifle Association met in Ohio. The NRA opposed the bill. They said it was \"unfair.\""
    doc = nlp(text)
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 6, 7, label="GPE"), Span(doc, 9, 10, label="GPE")]
    they = doc[14:15]
    assert they.text == "They"
    assert resolve_speaker(doc, they, they.start_char).name == "NRA"


def test_a_surname_several_people_bear_tells_no_gender(kit):
    """"Mr. Lund", of Ghazala and Khizr Lund, may be read as Ghazala Lund: that must not make her a man."""
    text = ("Ghazala Lund and Khizr Lund spoke at the convention. The candidate said he was attacked by Mr. Lund. "
            "Ghazala Lund wrote an essay on Sunday. She said the attack was \"cruel.\"")
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == ("She", "Ghazala Lund")


@pytest.mark.parametrize(("text", "speakers"), [
    ("President Lind arrived in Ohio on Monday. First lady Ana Lind visited a school there. Lind said the law "
     "would \"protect every child.\" Mrs. Lind said she was proud of the teachers.",
     [("Lind", "Lind"), ("Mrs. Lind", "Ana Lind")]),
    ("Ana Lind, President Lind’s daughter, toured the plant. President Lind said the jobs would \"stay here.\"",
     [("President Lind", "Lind")]),
    ("First daughter Zoya Lind toured the plant. Mr. Lind said the jobs would \"stay here.\"",
     [("Mr. Lind", "Lind")]),
    # guards: a former first lady may hold an office of her own; a daughter of another surname is herself
    ("Former first lady Ana Lind toured the plant. Lind said the jobs would \"stay here.\"", [("Lind", "Ana Lind")]),
    ("Ana Ruiz, President Lind’s daughter, toured the plant. Ruiz said the jobs would \"stay here.\"",
     [("Ruiz", "Ana Ruiz")]),
])
def test_a_relative_named_for_a_namesake_is_not_the_bare_surname(kit, text, speakers):
    """"First lady Ana Lind", "Ana Lind, President Lind's daughter": the bare "Lind" is the namesake, whom the
    article never names in full, and not her; "Mrs. Lind" is still she, "Mr. Lind" never."""
    assert [(q.speaker.mention, q.speaker.name) for q in kit(text).quotes] == speakers


def test_a_firm_the_ner_reads_as_a_person_is_an_organisation(kit):
    """"the consulting firm Marlow Kent", tagged as a person, is what "the company" means, and never a "she"."""
    company = ("The analyst worked for the consulting firm Marlow Kent. The company said he earned \"less than "
               "reported.\"")
    she = ("Security firm Foster Wynn says it found the flaw. Later, Foster Wynn said the code was \"shared.\" She "
           "declined to comment further.")
    q = kit(company).quotes[-1]
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("The company", "Marlow Kent", "organization")
    assert [(q.speaker.name, q.speaker.kind) for q in kit(she).quotes] == [
        ("Foster Wynn", "organization"), ("Foster Wynn", "organization"), (None, "person")]
    # guard: a maker or a publisher may be a person
    he = "Movie maker Foster Wynn said the film was \"finished.\" He added that it would open in May."
    assert [(q.speaker.name, q.speaker.kind) for q in kit(he).quotes] == [("Foster Wynn", "person")] * 2


def test_the_group_is_no_news_outlet_or_platform(kit):
    text = ("Protesters from Harbor Action gathered outside the house on Monday. A video was posted to Twitter. The "
            "group said the protest was \"peaceful.\"")
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("The group", "Harbor Action", "organization")


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a whip is a title: the NER missed the name after it, and the party tag's state was taken for the speaker
    ("House Democratic Whip Steny Lindqvist, D-Maryland, told reporters the briefing was \"thoughtful.\"",
     "House Democratic Whip Steny Lindqvist, D-Maryland,", "Steny Lindqvist"),
    # an editor's brackets are no part of the name
    ("\"We will fight,\" [John] Boehner told reporters on Thursday.", "John] Boehner", "John Boehner"),
    # "who both" refers to everyone listed
    ("The plan was backed by Tom Lind and Ana Ruiz, who both said it was \"long overdue.\"", "who",
     "Tom Lind and Ana Ruiz"),
    # a surname the tagger reads as a plural repeats the person's name
    ("Dean Spiliotes, a political analyst, spoke first. \"That has helped her,\" said Spiliotes, a political science "
     "professor at Southern New Hampshire University.",
     "Spiliotes, a political science professor at Southern New Hampshire University", "Dean Spiliotes"),
    # a couple shares the surname, whatever the second given name ("Natalie" is in no list)
    ("Governor John Kasich spoke first. Independent voters John and Natalie Labby said they had voted \"straight "
     "Democratic.\"", "Independent voters John and Natalie Labby", "John Labby and Natalie Labby"),
    # people at a person's school are not the person
    ("Ana Ruiz, a student, organised the walkout. The administrators at Ruiz’s school cited \"public safety.\"",
     "The administrators at Ruiz’s school", "the administrators at Ruiz’s school"),
    # a share of a person's supporters speaks as the supporters, with "%" as with "percent"
    ("Tom Lind won the primary. Nearly 60% of Lind supporters said the election was \"rigged.\"",
     "Nearly 60% of Lind supporters", "Tom Lind's supporters"),
    ("Tom Lind won the primary. One former Lind fundraiser said the campaign was \"broke.\"",
     "One former Lind fundraiser", "Tom Lind's fundraiser"),
    # an outlet's person is the person (guard: not a person listed as an example)
    ("Fox News’ Tom Lindqvist said the plan was \"a disaster.\"", "Fox News’ Tom Lindqvist", "Tom Lindqvist"),
    ("This is what economists such as Ohio University’s Tom Lind and George Mason’s Ana Ruiz have argued: \"Degrees "
     "are signals.\"", "economists such as Ohio University’s Tom Lind and George Mason’s Ana Ruiz", "economists"),
    # guard: a lawyer named for someone else is not his lawyer
    ("Tom Lind was charged. Attorney Ana Ruiz, who represents the victims, spoke first. Lind’s attorney said the "
     "charges were \"absurd.\"", "Lind’s attorney", "Tom Lind's attorney"),
    # a capitalised noun opening a paragraph
    ("Bernie Sanders led the field.\n\nCritics of Sanders write, \"Give Sanders credit for moving opinion.\"",
     "Critics of Sanders", "Bernie Sanders's critics"),
    # a named body is not its possessor's office
    ("In its final report, the White House’s Council of Economic Advisers (CEA) is touting \"big numbers.\"",
     "the White House’s Council of Economic Advisers (CEA)", "White House’s Council of Economic Advisers"),
    # guard: a title inside the NER's name is still a title ("Pope Francis" ... "the pope")
    ("Pope Francis visited the camp. The pope said the refugees were \"our brothers.\"", "The pope", "Francis"),
    # an infinitive's subject is no subject a later mention prefers
    ("Sen. Tom Lind says it’s time for Ana Ruiz and her party to “move on” from the loss. “I like Ana. I think she "
     "was ready,” the Ohio Democrat told a radio host.", "the Ohio Democrat", "Tom Lind"),
    # a particle ends no name
    ("How chilling is it that David Axelrod - the president’s campaign manager - said the list was \"routine\"?",
     "David Axelrod - the president’s campaign manager -", "David Axelrod"),
])

def test_speakers_read_on_more_news_articles(kit, text, mention, name):
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == (mention, name)


def test_shares_of_two_groups_are_both_groups(nlp):
    """Guard: "88% of Democrats and 57% of Republicans" counts out of both groups, not the first."""
    text = "In the poll, 88% of Democrats and 57% of Republicans said the plan was \"good.\""
    doc = nlp(text)
    found = resolve_speaker(doc, doc.char_span(text.index("88"), text.index(" said")), 0)
    assert (found.name, found.kind) == ("Democrats and Republicans", "group")


def test_a_name_the_parse_hangs_on_another_is_no_title(nlp):
    """A sentence's "Trump | fired Yates", parsed as a compound, made "trump" her title, and every later "Trump"
    Sally Yates."""
    doc = Doc(nlp.vocab, words="Sally Yates testified . Trump fired Yates .".split(),
              tags="NNP NNP VBD . NN VBN NNPS .".split(), heads=[1, 2, 2, 2, 6, 6, 6, 6],
              deps="compound nsubj ROOT punct compound amod ROOT punct".split())
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert "trump" not in entity_index(doc).roles


def test_a_list_of_people_the_parser_breaks_is_everyone_in_it(nlp):
    """The parser read "Representatives Mark Lind and Jim Ruiz said" with "Mark" as a verb; still both."""
    doc = Doc(nlp.vocab, words="Representatives Mark Lind and Jim Ruiz said it .".split(),
              tags="NNS VBP NNP CC NNP NNP VBD PRP .".split(), heads=[1, 1, 1, 1, 5, 6, 1, 6, 6],
              deps="nsubj ROOT dobj cc compound nsubj conj dobj punct".split())
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    found = resolve_speaker(doc, doc[0:6], 0)
    assert (found.name, found.kind) == ("Mark Lind and Jim Ruiz", "group")


@pytest.mark.parametrize("text, name", [
    ("Mayor Ellen Brooks and Police Chief Dan Ortiz said the city was safe.", "Ellen Brooks and Dan Ortiz"),
    ("The company's founder, Ben Cho, and its chief financial officer, Lisa Ward, said in a joint statement that "
     "they were sorry.", "Ben Cho and Lisa Ward"),
    ("Tom Lind, the mayor, and Ana Ruiz said the budget was fine.", "Tom Lind and Ana Ruiz"),
    # guards: a possessor and an "of" are no members of a list (the name after "of Ana Ruiz," is the friend's)
    ("Ana Ruiz's lawyer and Tom Lind said the case was closed.", "Ana Ruiz's lawyer and Tom Lind"),
    ("A friend of Ana Ruiz, Tom Lind, said she was fine.", "Tom Lind"),
    ("A lawyer for Ana Ruiz, Tom Lind, said the charges were false.", "Tom Lind"),
    ("Both the mayor and her challenger said they supported the plan.", "the mayor and her challenger"),
    ("Trade unions and business groups alike said the plan was flawed.", "Trade unions and business groups"),
])
def test_people_listed_with_their_titles_speak_together(rules_kit, kit, text, name):
    """Titles and descriptions between the names broke the list (the parse hangs "Chief" or "officer" on the
    first name): only the last-named person got the joint statement. A "Both" before the list was read as part of
    its first member, and an "alike" after it as part of its last."""
    for k in (rules_kit, kit):
        (q,) = k(text).quotes
        assert q.speaker.name == name


def test_a_title_the_ner_reads_as_a_person_is_no_member_of_a_list(nlp):
    """"Filmmaker and author Tavin Morrow": the NER may mark "Filmmaker" as a person; it is Morrow's title."""
    doc = Doc(nlp.vocab, words="Filmmaker and author Tavin Morrow said it .".split(),
              tags="NN CC NN NNP NNP VBD PRP .".split(), heads=[5, 0, 0, 4, 0, 5, 5, 5],
              deps="nsubj cc conj compound appos ROOT dobj punct".split())
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    assert resolve_speaker(doc, doc[0:5], 0).name == "Tavin Morrow"


def test_a_list_the_parse_nests_in_a_coordination_is_one_list(nlp):
    """The parse hangs the last two of "Ana Ruiz, Mayor Tom Lind and Chief Piotr Vik" on Lind: one list of three,
    not "Ana Ruiz and Tom Lind and Piotr Vik"."""
    doc = Doc(nlp.vocab, words="Ana Ruiz , Mayor Tom Lind and Chief Piotr Vik said it .".split(),
              tags="NNP NNP , NNP NNP NNP CC NNP NNP NNP VBD PRP .".split(),
              heads=[1, 10, 1, 5, 5, 1, 5, 9, 9, 5, 10, 10, 10],
              deps="compound nsubj punct compound compound conj cc compound compound nmod ROOT dobj punct".split())
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 6, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert resolve_speaker(doc, doc[0:10], 0).name == "Ana Ruiz, Tom Lind and Piotr Vik"


def test_an_age_after_a_bare_surname_is_no_part_of_the_name(kit):
    """"Hale, 62,": the NER finds no person in a bare surname, and the age stayed in the name."""
    for text in ('"I did nothing wrong," Hale, 62, told the jury on Wednesday.',
                 "Hale, 62, told the jury that he did nothing wrong."):
        (q,) = kit(text).quotes
        assert (q.speaker.name, q.speaker.mention, q.speaker.kind) == ("Hale", "Hale, 62,", "person")
    (q,) = kit("Article VI, Section 11, says that the state must pay.").quotes  # guard: a name's number stays
    assert q.speaker.name == "Article VI, Section 11"


def test_a_name_before_a_name_is_no_title_of_it(nlp):
    """"Lind supporter Tom Hale": the parse hangs both words on the name, but only "supporter" is his title; "lind"
    made every later "Lind" the NER missed Tom Hale."""
    doc = Doc(nlp.vocab, words="Lind supporter Tom Hale spoke .".split(), tags="NNP NN NNP NNP VBD .".split(),
              heads=[3, 3, 3, 4, 4, 4], deps="compound compound compound nsubj ROOT punct".split())
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="PERSON")]
    roles = entity_index(doc).roles
    assert "lind" not in roles and [r[1] for r in roles["supporter"]] == ["Tom Hale"]
    # guard: a title word the NER ran into the name is still a title
    doc = Doc(nlp.vocab, words="US First Lady Ana Lind spoke .".split(), tags="NNP NNP NNP NNP NNP VBD .".split(),
              heads=[4, 2, 4, 4, 5, 5, 5], deps="compound compound compound compound nsubj ROOT punct".split())
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 5, label="PERSON")]
    assert [r[1] for r in entity_index(doc).roles["lady"]] == ["Ana Lind"]


def test_first_lady_hung_on_the_namesake_before_is_still_hers(nlp):
    """"President Lind and first lady Ana Lind": the parse hangs "first lady" on the president as a conjunct; she
    is still the namesake's relative, so the bare "Lind" is not she."""
    doc = Doc(nlp.vocab, words="President Lind and first lady Ana Lind arrived . Lind spoke .".split(),
              tags="NNP NNP CC JJ NN NNP NNP VBD . NNP VBD .".split(),
              heads=[1, 7, 1, 4, 1, 6, 1, 7, 7, 10, 10, 10],
              deps="compound nsubj cc amod conj compound conj ROOT punct nsubj ROOT punct".split())
    doc.ents = [Span(doc, 1, 2, label="PERSON"), Span(doc, 5, 7, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    names = {e.start: name for e, name, _ in entity_index(doc).ents}
    assert (names[5], names[9]) == ("Ana Lind", "Lind")


@pytest.mark.parametrize(("text", "mention", "name"), [
    # "Will" opening a question is no given name: "Will Lind" made every later "Lind" someone else
    ("The Adlers pledged $25 million to the super PAC.\n\nWill Lind spend more?\n\nAfter inviting scorn from "
     "donors, Lind told a rally that he would spend \"over $100 million\" on the race.", "Lind", "Lind"),
    # a side taken is no name: "pro-Lind" made every later "Lind" "pro-Lind"
    ("The couple pledged at least $25 million to pro-Lind presidential efforts. Lind told the crowd he would spend "
     "\"over $100 million\" on the race.", "Lind", "Lind"),
    # the "al." of "et al." is no one's name: the study's author is its first
    ("Researchers Amy Cohen and Matt Mills argue that the definition is right. Cohen et al. analyzed the data and "
     "concluded that the attacks were more frequent.", "Cohen et al.", "Amy Cohen"),
    # "the company" is no public body named by acronym, nor the outlet that reported on it
    ("Investigators from the FBI and the CIA visited the plant on Monday. The company said it would cooperate "
     "fully.", "The company", "the company"),
    ("Reuters first reported the breach on Monday. The company said its systems were safe.", "The company",
     "the company"),
    # guards: an outlet the article calls a business may be "the company", and a public body "the regulator"
    ("The newspaper publisher Daily Ledger cut 40 jobs. The company said the cuts were \"painful.\"", "The company",
     "Daily Ledger"),
    ("The SEC fined the bank on Monday. The regulator said the fine was \"fair.\"", "The regulator", "SEC"),
])
def test_names_that_are_no_antecedent(kit, text, mention, name):
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == (mention, name)


def test_the_company_is_a_business_named_lately_or_more_than_once(kit):
    """A business named once, some 170 words back, is a passing mention, not what "the company" means; one named
    twice is the story's company wherever it was named."""
    filler = ("The plant sits on a hill above the river, and its chimneys can be seen from the highway for miles. "
              * 12)
    ending = "The company said it would appeal the ruling."
    once = kit("A lawsuit by Harbor Freight Inc. was dismissed in May. " + filler + ending).quotes[-1]
    assert (once.speaker.mention, once.speaker.name) == ("The company", "the company")
    # guard
    twice = kit("Tovik Chemicals runs the plant in Crosby. Tovik Chemicals hired 40 workers last year. " + filler
                + ending).quotes[-1]
    assert (twice.speaker.mention, twice.speaker.name) == ("The company", "Tovik Chemicals")


def test_an_epithet_run_into_a_name_is_no_part_of_it(nlp):
    """"Slippery James Lind" (a quoted tweet's nickname, tagged as one person) is the article's "James Lind", and
    not the fullest name of every "Lind"; a given name the list lacks is no epithet."""
    doc = Doc(nlp.vocab, words="James Lind left . Slippery James Lind lied . Lind spoke .".split(),
              tags="NNP NNP VBD . NNP NNP NNP VBD . NNP VBD .".split(), heads=[1, 2, 2, 2, 6, 6, 7, 7, 7, 10, 10, 10],
              deps="compound nsubj ROOT punct compound compound nsubj ROOT punct nsubj ROOT punct".split())
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 7, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    assert [(e.text, name) for e, name, _ in entity_index(doc).ents] == [
        ("James Lind", "James Lind"), ("James Lind", "James Lind"), ("Lind", "James Lind")]
    # guard: "Keisha Lance Lind" is no epithet before "Lance Lind" unless the article names "Lance Lind" alone
    doc = Doc(nlp.vocab, words="Keisha Lance Lind spoke .".split(), tags="NNP NNP NNP VBD .".split(),
              heads=[2, 2, 3, 3, 3], deps="compound compound nsubj ROOT punct".split())
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [name for _, name, _ in entity_index(doc).ents] == ["Keisha Lance Lind"]
    # guard: an initial is no epithet
    doc = Doc(nlp.vocab, words="Ross Lind left . H. Ross Lind lied .".split(),
              tags="NNP NNP VBD . NNP NNP NNP VBD .".split(), heads=[1, 2, 2, 2, 6, 6, 7, 7, 7],
              deps="compound nsubj ROOT punct compound compound nsubj ROOT punct".split())
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 7, label="PERSON")]
    assert [e.text for e, _, _ in entity_index(doc).ents] == ["Ross Lind", "H. Ross Lind"]


def test_an_organisation_named_after_a_nationality_is_the_organisation(rules_kit, kit):
    """The small NER ends "Americans for Lower Rents" after "Americans" and "the Islamic State" after
    "Islamic": the speaker is the organisation, not the nationality (which would also become a stance target)."""
    rents = ("The advocacy group Americans for Lower Rents said on Tuesday that the new ordinance would push "
             "families out of the city.")
    state = "The Islamic State said in a statement that its fighters had carried out the attack."
    for pipeline in (rules_kit, kit):
        (q,) = pipeline(rents).quotes
        assert (q.speaker.name, q.speaker.kind) == ("Americans for Lower Rents", "organization")
        (q,) = pipeline(state).quotes
        assert (q.speaker.name, q.speaker.kind) == ("Islamic State", "organization")
    # "which" after a name the parse cuts ("Center for | Fair Rents group") is the whole name
    for pipeline in (rules_kit, kit):
        (q,) = pipeline("The Center for Fair Rents group, which accused Mayor Tom Lind of wanting higher rents, "
                        "held a rally.").quotes
        assert (q.speaker.mention, q.speaker.name) == ("which", "Center for Fair Rents")
    # guard: a nationality before "for" and a lower-case word, or before a title, is the nationality
    doc = kit.nlp("Americans for decades have said that the tax is unfair. Democratic State Sen. Ana Ruiz agreed.")
    assert [(e.text, name, kind) for e, name, kind in entity_index(doc).ents] == [
        ("Americans", "Americans", "group"), ("Democratic", "Democratic", "group"), ("Ana Ruiz", "Ana Ruiz", "person")]



@pytest.mark.parametrize(("text", "mention", "name"), [
    # a thing the sentence before was about, not the place named last
    ("The search warrant, while heavily redacted, offered new details about the inquiry into Tom Lind's firm in "
     "Halden. It shows the inquiry had been going on since 2017.", "It", "the search warrant"),
    ("H.R. 7 goes after the privacy of donors to advocacy groups such as the Sierra Club. It mandates the disclosure "
     "of the names of donors giving more than $10,000.", "It", "H.R. 7"),
    ("The report did, however, lay out a case that Lind may have broken the law. It explained that prosecutors "
     "would not charge him.", "It", "the report"),
    # a quotation's sentence is passed over
    ("In a statement on Tuesday, the mayor's office said Ruiz welcomed the offer. \"The mayor said that Halden would "
     "be happy to host the summit,\" it said.", "it", "the mayor's office"),
    # an "it" that stands for the clause after it names nobody (nor, now, does a passive "was revealed" keep it as
    # a mention: :func:`stancekit.extract.rules.passive_report`)
    ("The FBI began investigating the mayor in 2015 after it was revealed that she had used a private server.", None,
     None),
    # the subject of an adverbial clause before it
    ("The harbor board met the unions. After the ministry reviewed the data, it said that the port was safe.", "it",
     "the ministry"),
    # a place named as where something happened is no antecedent
    ("Workers at the Tovik Bank protested in Halden on Monday. It said the protest was unlawful.", "It", "Tovik Bank"),
    # guards: the subject of the clause its own hangs on, or of the sentence before; a person there is no "it"
    ("Tovik Bank lost the contract to a rival in Ohio, and it said the bidding had been unfair.", "it", "Tovik Bank"),
    ("Tovik Bank cut 300 jobs in Ohio on Monday. It said the cuts were needed to stay profitable.", "It", "Tovik Bank"),
    ("The Halden Tenants Union met Mayor Ana Ruiz on Monday. Ruiz promised nothing. It said the talks had failed.",
     "It", "Halden Tenants Union"),
    # "they": the people the sentence before was about (the second, a guard: organisations named since)
    ("Leaders of the port unions met Mayor Ana Ruiz on Monday. They want a written promise that no jobs will be cut.",
     "They", "leaders of the port unions"),
    ("Harbor workers marched past the offices of Tovik Bank and the Halden Tenants Union. They said the port would "
     "close.", "They", "Harbor workers"),
    # "the president" where nobody is titled president: the person named most so far, not the one named last ...
    ("Tom Lind told Piotr Vik that the port would stay open. Lind said he had the right to decide. Lind's aides "
     "agreed. Vik smiled. The president said he had done nothing wrong.", "The president", "Tom Lind"),
    # ... nor one the article titles otherwise
    ("Republican nominee Tom Lind attacked Ana Ruiz on Monday. Lind said Ruiz had failed. Ruiz laughed. Lind spoke "
     "again. The president said the attacks were \"silly.\"", "The president", "Ana Ruiz"),
    ("The group that held journalist Tom Hale demanded a ransom. Mr. Hale's death revived the debate. The president "
     "said the policy would not change.", "The president", "the president"),
    # "the agency": the public body named last, by its head word or an acronym
    ("The Food and Drug Administration warned doctors on Thursday. The agency said that cleaning may not remove the "
     "risk.", "The agency", "Food and Drug Administration"),
    ("The IRS said the emails were lost. The agency said it had erased the backup tapes.", "The agency", "IRS"),
    # guards: not a news agency that reported the story, nor an agency the mention names or describes
    ("Reuters reported the leak on Monday. The agency said the files were genuine.", "The agency", "the agency"),
    ("The IRS fined the firm. The semi-official Fars news agency said the fine was unfair.",
     "The semi-official Fars news agency", "Fars news agency"),
    # "the report" or "the poll": the author of the one named last (guard: none named)
    ("Special counsel Tom Lind's report was released on Thursday. Ana Ruiz read it at once. The report said the mayor "
     "had misled investigators.", "The report", "Tom Lind"),
    ("A poll released Monday by Halden University shows Ruiz ahead. Lind trails in every region, the poll shows.",
     "the poll", "Halden University"),
    ("The report said the port was safe.", "The report", "the report"),
    # so do "that report" and "the 40-page report" (guard: one that says whose it is)
    ("A report by the Harbor Institute said rents rose last year. The 40-page report also found that wages fell.",
     "The 40-page report", "Harbor Institute"),
    ("A report by the Harbor Institute said rents rose last year. That report also found that wages fell.",
     "That report", "Harbor Institute"),
    ("A report by the Harbor Institute said rents rose last year. The report of the city auditor found that wages "
     "fell.", "The report of the city auditor", "the report of the city auditor"),
    ("A report by the Harbor Institute said rents rose last year. The latest report, by the Dunmore Trust, found "
     "that wages fell.", "The latest report", "the latest report"),
])
def test_it_the_president_the_agency_and_the_report_where_no_name_says_who(kit, text, mention, name):
    """"it" is the thing just spoken of; "the president", "the agency" and "the report" are someone named before
    where no title or name in the mention says who."""
    speaker = kit(text).quotes[-1].speaker
    assert ((speaker.mention, speaker.name) if speaker else (None, None)) == (mention, name)


def test_two_names_joined_by_a_hyphen_are_two_people(kit):
    """"a Maria Olsen-Daniel Brandt meeting" names two people: read as one, it would be the fullest name of every
    "Brandt"; a hyphenated given name stays part of one name."""
    q = kit("The aide wanted to set up a Maria Olsen-Daniel Brandt meeting before the summit. Brandt said on "
            "Friday that no meeting was planned.").quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == ("Brandt", "Daniel Brandt")
    # guard: "Anne-Marie Olsen" is one name
    q = kit("Mayor Anne-Marie Olsen opened the port on Monday. Olsen said on Friday that no meeting was "
            "planned.").quotes[-1]
    assert (q.speaker.mention, q.speaker.name) == ("Olsen", "Anne-Marie Olsen")


def test_a_transcript_turn_is_its_speakers(rules_kit, kit):
    """A chat printed as a transcript: each turn opens with the writer's handle, the first with the full name in
    brackets. The handle is that person, and so is "I" in the turn; a handle that opens one line is no chat. An
    interview's initials likewise."""
    text = ("The court ruled on the port case on Monday. Our writers discussed it.\n\n"
            "lena (Lena Brandt, senior politics writer): I think the ruling will stand, and the mayor knows it.\n\n"
            "tomh (Tom Hale, legal reporter): The judges said the law was clear.\n\n"
            "lena: The mayor has said she will appeal, but I doubt the appeal will go anywhere.\n\n"
            "tomh: I agree that it is a long shot.\n")
    by_mention = {(q.speaker.mention, q.speaker.name, q.speaker.kind) for q in kit(text).quotes}
    assert {("lena", "Lena Brandt", "person"), ("tomh", "Tom Hale", "person")} <= by_mention
    [appeal] = [q for q in rules_kit(text).quotes if q.text == "the appeal will go anywhere"]
    assert (appeal.speaker.mention, appeal.speaker.name) == ("I", "Lena Brandt")
    # guard: one turn is no chat, so its "I" stays the unnamed writer
    [stand] = [q for q in rules_kit(text[: text.index("tomh (")]).quotes if q.text == "the ruling will stand"]
    assert (stand.speaker.mention, stand.speaker.name) == ("I", None)
    # an interview whose later turns are labelled with initials: each person's, and so is "I" after the full name
    text = ("Dr. Maria Okafor runs the harbour clinic. Our reporter Tom Hale spoke to her.\n\n"
            "Tom Hale: Why does the clinic need more nurses?\n\n"
            "Maria Okafor: I think the winter will be hard. The flu season starts early here.\n\n"
            "TH: Will the council pay for them?\n\nMO: I doubt that the council will pay. We asked twice.\n\n"
            "TH: What did they say?\n\nMO: They said the budget was closed.\n")
    speakers = {q.text: (q.speaker.mention, q.speaker.name) for q in rules_kit(text).quotes}
    assert speakers["the winter will be hard"] == ("I", "Maria Okafor")
    assert speakers["Will the council pay for them?"] == ("TH", "Tom Hale")


def test_he_or_she_in_a_transcript_turn_is_someone_the_turn_spoke_of(kit):
    """All of a dialogue is said, yet its "he" is the man just spoken of, in the turn or the question before it,
    never the speaker (who says "I") nor a name addressed in another turn."""
    text = ("cwick (Carl Wick, deputy editor): Lena, thanks for joining me. Yesterday the governor revealed a new "
            "plan.\n\n"
            "lena (Lena Brandt, senior political writer): Readers can guess the rest.\n\n"
            "cwick: Lena, why is Governor Paul Reyes doing this?\n\n"
            "lena: On a personal level, the polls are bad!\n\n"
            "But I think it is part of his response to the strike. He attempted at first to convince the public "
            "that nothing was wrong.\n\n"
            "cwick: Right.\n")
    in_turn = text.replace("level, the polls", "level, Governor Paul Reyes is doing it because the polls")
    for said in (text, in_turn):
        [attempt] = [q for q in kit(said).quotes if q.text.endswith("nothing was wrong")]
        assert (attempt.speaker.mention, attempt.speaker.name) == ("He", "Paul Reyes")


def test_a_broadcast_transcript_gives_i_to_the_name_in_capitals_that_has_the_turn(rules_kit, kit):
    """A broadcast transcript labels each turn with the name in capitals and a role in brackets, later the
    surname alone: "I" is that person, named without the title and as the article spells the name; a line that
    opens with another label in capitals ends the turn, and one label with a role is no transcript."""
    text = ("The host asked a guest about the port bill on Monday night.\n\n"
            "TOM HALE (HOST): Is the bill dead?\n\n"
            "SEN. ANA RUIZ (D-OHIO): I believe that the bill will pass next month.\n\n"
            "HALE: And the mayor?\n\n"
            "RUIZ: I think that she will sign it.\n\n"
            "EDITOR'S NOTE: I wrote that the bill had died in an earlier version of this story.\n")
    for pipeline in (kit, rules_kit):
        speakers = {q.text: q.speaker.name for q in pipeline(text).quotes}
        assert speakers[next(t for t in speakers if t.endswith("she will sign it"))] == "Ana Ruiz"
        assert speakers["that the bill had died in an earlier version of this story"] is None
    assert {q.text: q.speaker.name for q in rules_kit(text).quotes}["that the bill will pass next month"] == "Ana Ruiz"
    # guard: one label with a role opens no turn
    alone = "TOM HALE (HOST): The vote is on Monday.\n\nI think that the bill will pass."
    assert [q.speaker.name for q in rules_kit(alone).quotes if q.text == "that the bill will pass"] == [None]


@pytest.mark.parametrize("text, mention, name", [
    ('The council spent twice as much on the bureau whose charter says it "protects every tenant in the city" '
     "and still lost the case.", "whose charter", "the bureau"),
    ('The Harbor Union, whose leaders said the strike "will go on until the port signs", met on Monday.',
     "whose leaders", "Harbor Union"),
    ('Mara Quill, whose spokesman said she "will not resign under any pressure", left the hall early.',
     "whose spokesman", "Mara Quill's office"),
])
def test_whose_speaks_for_the_noun_its_clause_modifies(kit, text, mention, name):
    """"whose" is the noun its relative clause hangs on: a body speaks through its charter or leaders, and a
    person's spokesman is that person's office, as with "his spokesman"."""
    (q,) = kit(text).quotes
    assert (q.speaker.mention, q.speaker.name) == (mention, name)


@pytest.mark.parametrize("text, name", [
    ("Press secretary Tom Hale said that Mr. Lind was making the promise only for new members. He said those "
     "members are protected under the law.", "Tom Hale"),
    ("Tom Hale, an analyst at the Rowe Institute, wrote on his blog that Judge Paul Kerr may pay a price for the "
     'ruling. "Kerr has hurt his own court," he wrote.', "Tom Hale"),
    ("Governor Mark Dunn told reporters that Senator Eli Hart had blocked the bill. He also said the state would "
     "sue.", "Mark Dunn"),
])
def test_a_person_named_inside_what_was_said_is_not_the_next_he(kit, rules_kit, text, name):
    """"He said" after a report is its speaker again, not a man the report was about: names inside the
    statements' contents are no antecedents of a pronoun, for the learned extractor as for the rules."""
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention.lower(), q.speaker.name) == ("he", name)


def test_a_woman_named_only_in_what_was_said_is_the_next_she_where_she_is_the_only_woman(kit, rules_kit):
    """The man who spoke cannot be "she": the woman he spoke of is, rather than nobody."""
    text = ("Former House Speaker Tom Lind on Tuesday accused the host, Ana Ruiz, of being \"fascinated with sex\" "
            "after she said that the women who accused him were telling the truth.")
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("she", "Ana Ruiz")


def test_a_man_an_outlet_reported_on_is_the_next_he(kit):
    """Only a person's statement takes its names out of a later "he": after an outlet's report, the man it was
    about is the one who confirms it."""
    text = ("The Times reported that Mr. Lind was promised the files before the meeting. He confirmed the report on "
            "Monday but said he had never seen them.")
    (q,) = last_quotes(text, kit)
    assert (q.speaker.mention, q.speaker.name) == ("He", "Lind")


@pytest.mark.parametrize("text, name", [
    ("Mayor Ann Vole criticised the bank for its fees. Then the agency's director, Mary Kell, had to defend the "
     "budget at a hearing where she said the costs were \"under control.\"", "Mary Kell"),
    ("Mayor Ann Vole opened the bridge on Monday. Then the city's treasurer, Mary Kell, had to defend the budget "
     "at a hearing where she said the costs were \"under control.\"", "Mary Kell"),
])
def test_a_name_in_apposition_to_the_subject_is_the_subject(kit, rules_kit, text, name):
    """The parser hangs "the city's treasurer, Mary Kell," on "treasurer" as an apposition; the name is still the
    clause's subject, which "she" prefers over a subject named a sentence before."""
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("she", name)
    # guard: not the apposition to a relative clause's subject
    text = ("Julio Ortega, whose twin brother, Joaquin, is a Texas congressman, often focused on his history as a "
            "child of immigrants.\n\nBut his was not a single-issue campaign. He had proposed increasing funding for "
            "the port.")
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("He", "Julio Ortega")


def test_he_or_she_is_the_one_a_who_clause_makes_the_doer_of_a_sentence_about_no_person(kit, rules_kit):
    """"It came too late for the council chair, Omar Ruiz, who had called a vote": the sentence is about Ruiz, though
    he is no subject of its main clause; "He" had been the mayor of two sentences before."""
    text = ("Mayor Tom Lind apologised on Monday. But the apology came too late for the council chair, Omar Ruiz, who "
            "had already called a vote on the budget. He told reporters: \"We cannot wait any longer.\"")
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("He", "Omar Ruiz")
    # guard: where a person is the main clause's subject, that subject stays the one a later "he" prefers
    text = "Tom Lind met Omar Ruiz, who chairs the council. He told reporters: \"We cannot wait any longer.\""
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("He", "Tom Lind")


@pytest.mark.parametrize("text, name", [
    ("ACLU of Ohio legal co-director Ana Lind said the rule was unlawful.", "Ana Lind"),
    ("University of California at Los Angeles law professor Ana Lind, an expert on water rights, said the ruling was "
     "narrow.", "Ana Lind"),
    # guard: a person the organisation speaks to is no member of its name
    ("The ACLU of Ohio told legal co-director Ana Lind that the rule was unlawful.", "ACLU"),
])
def test_a_person_an_organisation_and_a_role_introduce_is_the_speaker(rules_kit, kit, text, name):
    """"ACLU of Ohio legal co-director Ana Lind": the parse makes the organisation the phrase's head and the verb's
    subject, which had named the ACLU, or the university, as the speaker."""
    for q in last_quotes(text, kit, rules_kit):
        assert q.speaker.name == name


def test_a_picture_credit_is_no_antecedent(nlp):
    """The agency of a picture's credit, which the small NER may tag as a person ("Photo: Ben Carr, Getty
    Images"), is nobody a pronoun after the picture refers to."""
    text = ("Parents at the school thanked Mayor Ann Vole on Monday. (Photo: Ben Carr, Getty Images) At the school, "
            "she said the roof would be fixed.")
    doc = nlp(text)
    start = text.index("Getty Images")
    credit = doc.char_span(start, start + len("Getty Images"), label="PERSON")
    doc.ents = sorted([*(e for e in doc.ents if e.end <= credit.start or e.start >= credit.end), credit],
                      key=lambda e: e.start)
    she = doc.char_span(text.index("she said"), text.index("she said") + 3)
    assert resolve_speaker(doc, she, she.start_char, entity_index(doc)).name == "Ann Vole"


def test_a_name_a_slash_credits_is_no_antecedent(kit, rules_kit):
    """A picture's credit printed as "Peter Grant/AP", where the NER tags the name without the slash, had made the
    photographer the "he" of the next quotation."""
    text = ("Ferry Plan Sinks\n\nEnlarge this image toggle caption Peter Grant/AP Peter Grant/AP\n\nThe harbor board "
            "voted against the ferry plan on Monday. \"It was never going to pay,\" he said.")
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.mention, q.speaker.name) == ("he", None)


@pytest.mark.parametrize("text, kind", [
    ("A former hostage told reporters that the guards were cruel.", "person"),
    ("The host asked whether the bill was dead.", "person"),
    ("The family said in a statement that the verdict was fair.", "group"),
    ("The couple told the court that they had paid the rent.", "group"),
    ("The outlet reported that the mayor would resign.", "organization"),
    ("The religious right says that the law is wrong.", "group"),
    ("The party leadership said that the vote would go ahead.", "group"),
    ("The state legislature said that the budget was final.", "organization"),
    ("One respondent said that the roads were bad.", "person"),
    ("The singer said that the tour was over.", "person"),
    ("The hospital management said that staffing was adequate.", "organization"),
    ("One classmate said that the boy was quiet.", "person"),
    ("The shipping tycoon said that the port would close.", "person"),
    ("One reviewer said that the film was too long.", "person"),
    ("In court filings, the city argued that the permit had expired.", "organization"),
    ("The league announced on Monday that the season would start late.", "organization"),
    ("The tribunal ruled that the dismissal had been unfair.", "organization"),
    ("The opposition said that the count was rigged.", "group"),
    ("In a short address, the queen said that the country would recover.", "person"),
    ("In a letter to parents, the headteacher said that the school would reopen.", "person"),
    ("The striker's agent said that his client was happy at the club.", "person"),
    ("Her publicist said that the singer was resting.", "person"),
    ("When pressed, the treasurer conceded that the figures had not been audited.", "person"),
])
def test_an_unnamed_speaker_s_noun_tells_its_kind(rules_kit, kit, text, kind):
    """One person, people together or an organisation, though the noun is no role that refers back."""
    for q in last_quotes(text, kit, rules_kit):
        assert (q.speaker.name, q.speaker.kind) == (q.speaker.mention[0].lower() + q.speaker.mention[1:], kind)


@pytest.mark.parametrize("text, speaker", [
    ("Victor Hale spoke in Ohio on Tuesday. The New York businessman said the plan was a disaster.", "Victor Hale"),
    ("Lena Ortiz left office in May. The former Texas mayor said the city was broke.", "Lena Ortiz"),
    ("Marek Dunn led the talks. The 68-year-old leader said a deal was near.", "Marek Dunn"),
    ("Nora Vance left the White House in 2017. The former vice president said the vote was close.", "Nora Vance"),
    ("Sen. Ruth Calder held a rally in Burlington. The Vermont senator said wages must rise.", "Ruth Calder"),
    ("Sen. Jon Corbin spoke first. Then Petra Lund won the vote. The New York senator said she would fight.",
     "Petra Lund"),
    ("TV host Tom Pell interviewed Mark Bloom on Monday after the former Boston mayor claimed that taxes fell.",
     "Mark Bloom"),
    ("Judge Ana Ruiz heard the case on Monday. President Dale Voss called it a witch hunt. The Maryland judge said "
     "the hotel broke the law.", "Ana Ruiz"),
    # guards: a function, not a description; a noun another noun qualifies; another nation's president; a gender
    ("Tom Hale opened the clinic. The medical director said it would help.", "the medical director"),
    ("Tom Hale opened the clinic. The union leader said it would help.", "the union leader"),
    ("Iranian President Tom Hale arrived. The Ukrainian president said the talks went well.",
     "the Ukrainian president"),
    ("Anna Berg toured the plant. The billionaire businessman said it would close.", "the billionaire businessman"),
])
def test_a_described_person_noun_is_the_person_named_before(rules_kit, text, speaker):
    """A reporter names someone again by a description ("the New York businessman", "the Vermont senator"): that is
    the person named before, as a "he" would be, though another senator was titled before, but not the subject of
    the clause it is in (the reporter would have written "he") nor, for an office, one who holds another; a noun that
    says a function ("the medical director") or a title of another nation is someone else, kept in its own words."""
    assert rules_kit(text).quotes[-1].speaker.name == speaker


@pytest.mark.parametrize("text, name, kind", [
    # the small NER reads many a bare surname as an organisation or nothing at all ("Okafor, who chairs the
    # committee" was named with its relative clause, kind other): only a person is a "who", a "himself", or a
    # "his" in the phrase of the verb it is the subject of
    ("Okafor, who chairs the committee, said the bill was dead.", "Okafor", "person"),
    ("Brekke, who chairs the board, said the count would be repeated.", "Brekke", "person"),
    ("Rivera, who chairs the committee, warned that the bill would face a difficult path.", "Rivera", "person"),
    ('"We failed," said Varga, who spoke from Oslo.', "Varga", "person"),
    ("Provo himself said the count would be repeated.", "Provo", "person"),
    ("The so-called experts were wrong again, Hale wrote in his newsletter.", "Hale", "person"),
    ("Okafor said on her blog that the bill was dead.", "Okafor", "person"),
    ("Goalkeeper Rui Costa said the win was for the fans.", "Rui Costa", "person"),  # a trade is no part of a name
    # a trade names a person, also one of the newly listed ones
    ('"They told us we could skip the calls," one clinician said.', "one clinician", "person"),
    # nor a description set off after a counted group of its name
    ("Some of the protesters, mostly students, said they would return on Sunday.", "some of the protesters", "group"),
    # guards: a name of two words keeps the NER's reading; the parse hangs "ESPN" on "quarterback", but a verb
    # follows a whole noun phrase, so ESPN reports and is no quarterback (a bare title before a name still makes it
    # a person's); "her work" is the object's, not Time's
    ("Goldman Sachs, who declined to comment on the deal, said profits rose.", "Goldman Sachs", "organization"),
    ("The club will hold a trial for the former quarterback, ESPN reported.", "ESPN", "organization"),
    ("Growth will slow next year, Harbor Bank chief economist, Lena Brandt noted.", "Lena Brandt", "person"),
    ('Lena Brandt wrote a book on banks. Time called her "a fearless reformer" for her work on banks.', "Time",
     "organization"),
])
def test_a_name_and_its_kind_from_the_words_around_it(rules_kit, kit, text, name, kind):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, name", [
    ('The actor, 58, told a radio host that he had turned down the role. "I wasn\'t ready," he said.', "the actor"),
    ('The goalkeeper saved two penalties. "That was for the fans," she said.', "the goalkeeper"),
    ('A retired firefighter said the station should never have closed. "We warned them," he said.',
     "a retired firefighter"),
    ('Ana Lind met the film actor Kit Marlow on Monday. Marlow told reporters that the deal was legal. '
     '"I was paid in full," she said.', "Kit Marlow"),
])
def test_he_or_she_after_a_person_of_a_trade_is_that_person(rules_kit, kit, text, name):
    """Where nobody is named, a "he"/"she" means the actor, the goalkeeper or the firefighter before it; and news
    calls women actors too, so "actor" is no man's noun."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention.lower(), q.speaker.name, q.speaker.kind) in (
            ("he", name, "person"), ("she", name, "person"))


def test_an_organisation_the_ner_finds_without_a_capital_is_no_name(kit):
    """The NER tags "the ministry on" as an organisation: its speaker was named "ministry on"."""
    text = "The decision was announced by the ministry on Friday."
    q = only(kit, text)
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("the ministry", "the ministry", "organization")


@pytest.mark.parametrize("text, name", [
    ('Ana Ruiz, a 52-year-old nurse, said she was angry. Asked about the race, Tom Hale, of Conneaut, predicted a '
     'close result. "Jobs will decide it," the 52-year-old said.', "Tom Hale"),
    ("Mr. Lind received a warm welcome from the crowd. The 62-year-old said the nation must cut taxes.", "Lind"),
    ('"I would do it again," the 34-year-old told the court.', "the 34-year-old"),
])
def test_an_age_alone_is_the_person_just_named(rules_kit, kit, text, name):
    """"The 62-year-old said": a reporter names someone just named again by an age alone, as by an epithet; it is
    that person, not an earlier one the article gave the same age (Ana Ruiz), and someone unnamed where nobody was
    named before."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_a_person_after_a_possessive_in_one_entity_is_that_person(kit):
    """The small NER reads "Harbor College’s Okafor" as one organisation; Okafor is the Gary Okafor of the sentence
    before, and the mention and statement keep the text's apostrophe."""
    text = "Gary Okafor runs the college poll. “Nobody knows yet,” Harbor College’s Okafor said, “but we will.”"
    q = kit(text).quotes[-1]
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("Harbor College’s Okafor", "Gary Okafor", "person")
    assert q.text == "“Nobody knows yet,” Harbor College’s Okafor said, “but we will.”"


def test_a_title_set_off_from_a_participle_is_the_speaker_s_name(rules_kit):
    """The subject of "said" runs to the clause set off after it; the speaker is the title alone."""
    text = "The Prime Minister, speaking at a press conference in Rome, said Italy would back the plan."
    q = rules_kit(text).quotes[0]
    assert (q.speaker.name, q.speaker.kind) == ("The Prime Minister", "person")


def test_the_agent_of_a_passive_report_is_the_speaker(rules_kit, kit):
    """"Reporters were told by a spokesman that ...": the spokesman's report, not the reporters'."""
    for q in last_quotes("Reporters were told by a government spokesman that the talks had been postponed.", rules_kit,
                         kit):
        assert (q.speaker.name, q.text) == ("a government spokesman", "that the talks had been postponed")


@pytest.mark.parametrize("text, content, cue", [
    ("Tenants were told that the heating would be repaired by March.", "that the heating would be repaired by March",
     "were told"),
    ("Savers were assured that their deposits were safe.", "that their deposits were safe", "were assured"),
    ("The envoy was summoned and told that the remarks were unacceptable.", "that the remarks were unacceptable",
     "told"),
    ("Staff were told that the office is closing for good.", "that the office is closing for good", "were told"),
])
def test_the_subject_of_a_passive_report_is_the_one_told_not_the_speaker(rules_kit, kit, text, content, cue):
    """Without a "by", the teller is unnamed: the tenants, savers, envoy and staff had been the speakers (the envoy's
    "told" is joined to "was summoned", whose auxiliary it shares)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.cue.text, q.speaker) == (content, cue, None)


def test_the_subject_of_a_passive_report_learned_is_the_one_told(kit):
    """The tagger marks the one warned, or the one said to be furious, as the source."""
    for text, content in [("Pupils have been warned not to use the footbridge.", "not to use the footbridge"),
                          ("The treasurer is said to be furious about the delay.",
                           "to be furious about the delay")]:
        q = only(kit, text)
        assert (q.text, q.speaker) == (content, None)


def test_a_question_put_in_the_passive_is_the_asker_s_and_the_answer_the_subject_s(kit):
    """"Lind was asked why ...": the question had been Lind's; her answer after it still is."""
    text = 'Mayor Ada Lind was asked why the pool had closed. "We ran out of money to heat it. That is the truth."'
    question, answer = kit(text).quotes
    assert (question.text, question.cue.text, question.speaker) == ("why the pool had closed", "was asked", None)
    assert (answer.cue, answer.speaker.name) == (None, "Ada Lind")


def test_the_subject_of_a_passive_before_a_reporting_verb_is_the_one_to_say_it(rules_kit, kit):
    """"is expected to say": the governor will say it (the learned extractor's speaker had been nobody, as for "is
    said to")."""
    text = "The governor is expected to say on Thursday that the state will ban the sale of new petrol cars."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.speaker.name) == ("that the state will ban the sale of new petrol cars", "the governor")
    # guards: what the subject "is said to have told" others, or "is expected" to do, is reported by someone unnamed
    q = kit("The minister is said to have told aides that he would resign.").quotes[0]
    assert (q.cue.text, q.speaker) == ("is said", None)
    q = only(kit, "On Monday, the governor is expected to declare an end to the drought emergency.")
    assert (q.cue.text, q.speaker) == ("is expected", None)


@pytest.mark.parametrize("text", ["Residents were worried that the water was unsafe.",
                                  "Protesters were outraged by the verdict."])
def test_the_subject_of_a_passive_attitude_holds_it(kit, text):
    """Guard: a worry or outrage in the passive is its subject's, unlike what someone was told."""
    assert only(kit, text).speaker.name == text.split()[0].lower()


def test_the_one_warned_is_no_content_of_the_warning(kit):
    """The tagger marks "The minister" as a content of "was warned" beside the "that" clause: two statements. (The
    cue is "was warned" in bf16, "was warned by" in fp32, the default where the CPU has no bf16 units; PolNeAR marks
    both: of the learned extractor's 98 cues ending in "by" on train, 38 are the gold cue as they are, 43 without
    "by".)"""
    q = only(kit, "The minister was warned by officials that the dam could fail.")
    assert (q.speaker.name, q.text) == ("officials", "that the dam could fail")
    assert q.cue.text in ("was warned", "was warned by")


def test_a_quotation_s_frame_in_the_passive_names_the_one_quoted(rules_kit, kit):
    """Guards: "he was quoted as saying" is his quotation, unlike "he was told"; so is what he "is heard telling",
    though "heard" is in the passive."""
    text = 'Mayor Tom Lind visited the site. "We will rebuild the bridge," he was quoted as saying by the paper.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.speaker.name) == ('"We will rebuild the bridge,"', "Tom Lind")
    text = "On the tape, Tom Hale is heard telling aides that the vote was rigged."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.speaker.name) == ("that the vote was rigged", "Tom Hale")


def test_a_has_the_parse_reads_as_a_passive_is_the_speaker_s(rules_kit, kit):
    """Guard: "she's accused the mayor of ..." is what she has done (the parse makes "'s" a passive auxiliary)."""
    text = "Ana Lind has long opposed the plan, and she's accused the mayor of hiding its cost."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.cue.text, q.speaker.name) == ("'s accused", "Ana Lind")


def test_who_all_is_the_relative_clause_s_noun(rules_kit, kit):
    """"who all agreed": the rules' speaker had been nobody ("who all" unresolved)."""
    text = "The court heard from three engineers, who all agreed that the bridge had been poorly maintained."
    for pipeline in (rules_kit, kit):
        assert only(pipeline, text).speaker.name == "three engineers"


def test_an_unnamed_source_s_relative_clause_is_the_source_s_not_the_one_it_works_for(rules_kit, kit):
    """"An aide to the governor, who asked not to be named": the aide asked, not the governor; and the aide's name
    ends before the clause, as after "A senior official, who ..." (it had run to the comma before "said"); after a
    quotation, whose closing mark the parse hangs on "councillor", the rules had named the clause's speaker
    '" one councillor'."""
    text = "An aide to the governor, who asked not to be named, said the veto was certain."
    for pipeline in (rules_kit, kit):
        asked, said = pipeline(text).quotes
        assert (asked.speaker.mention, asked.speaker.name) == ("who", "an aide to the governor")
        assert said.speaker.name == "an aide to the governor"
    text = '"There is no money left," one councillor, who asked not to be identified, told the paper.'
    for pipeline in (rules_kit, kit):
        told, asked = pipeline(text).quotes
        assert (told.speaker.name, asked.speaker.name) == ("one councillor", "one councillor")
    text = "An aide to the governor, who was not authorized to speak publicly, said the veto was certain."
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == "an aide to the governor"
    # the rules' name of people described by a phrase ran on into the clause after it
    text = ("The budget will be cut by a fifth, according to people familiar with the plan, who spoke on condition "
            "of anonymity.")
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.name == "people familiar with the plan"


def test_according_to_a_document_about_a_warning_is_the_document_s(kit):
    """"According to a memo, the board had been warned ...": the warning's receiver had taken the memo's place."""
    text = "According to a memo, the trustees had been warned twice about the leak."
    q = only(kit, text)
    assert (q.speaker.name, q.cue.text, q.text) == ("a memo", "According to",
                                                    "the trustees had been warned twice about the leak")


def test_a_question_after_an_inverted_answer_is_the_reporter_s(rules_kit, kit):
    """'"No," replied the minister when asked whether ...': the parse reads "the minister" as the object of
    "replied" and "asked" as a past tense; the answer is still the minister's and the question nobody's."""
    text = '"Absolutely not," replied the minister when asked whether he would resign.'
    for pipeline in (rules_kit, kit):
        answer, question = pipeline(text).quotes
        assert (answer.text, answer.speaker.name) == ('"Absolutely not,"', "the minister")
        assert (question.text, question.speaker) == ("whether he would resign", None)


def test_a_name_the_parse_hangs_on_a_spokesman_s_employer_is_the_spokesman(rules_kit, kit):
    """The parse makes "Capt. Rolf Ansel" an apposition to "the fire department": the speaker had been "Rolf Ansel's
    office"."""
    text = "The spokesman for the fire department, Capt. Rolf Ansel, said crews had been on scene within six minutes."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Rolf Ansel", "person")


def test_what_the_subject_was_told_is_not_the_subject_s(rules_kit, kit):
    """", when informed of the decision," puts the news to the minister, as "when asked" puts a question."""
    text = "The minister, when informed of the decision, said she was disappointed."
    for pipeline in (rules_kit, kit):
        *told, said = pipeline(text).quotes
        assert all(q.speaker is None for q in told)
        assert (said.text, said.speaker.name) == ("she was disappointed", "the minister")


@pytest.mark.parametrize("text, name, kind", [
    ("Senator Ana Ruiz spoke on Friday. Ruiz's statement said the bill was flawed.", "Ana Ruiz", "person"),
    ("The board's statement said the school would reopen on Monday.", "the board", "organization"),
    # guard: an owner named before
    ("The Senate Ethics Committee met on Friday. The committee's report concluded that the senator had broken no "
     "rules.", "Senate Ethics Committee", "organization"),
    # "his" owns the memo as the subject's owner does, not as the one who acted last
    ("Mayor Piotr Lind opened the hearing on Monday. Tom Hale's appointment was opposed in part because his memo "
     "argued that the port should close.", "Tom Hale", "person"),
])
def test_a_document_owned_by_a_speaker_is_their_word(rules_kit, kit, text, name, kind):
    """"Ruiz's statement said" had been "Ana Ruiz's statement", an organisation; "the board's statement" the
    statement itself; "his memo" had been the mayor's, the last subject, as a speaking "he" would be."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_count_of_terms_describes_the_person_just_named(rules_kit, kit):
    """"The second-term senator" is a reporter's way to name Hale again, as "the Vermont senator" would be."""
    text = ('"I\'m not going anywhere," Tom Hale told the Gazette. The second-term senator, who faces a primary in '
            'May, said he had raised more money than ever.')
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Tom Hale", "person")


def test_a_person_s_aide_keeps_the_words_of_the_role(rules_kit, kit):
    """"Lindqvist's campaign manager" had been "Ana Lindqvist's manager"."""
    text = ("Ana Lindqvist is running for mayor. Lindqvist's campaign manager said in an email that the candidate had "
            "never taken money from lobbyists.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Ana Lindqvist's campaign manager", "person")


def test_an_age_makes_a_one_word_name_a_person_a_pronoun_can_mean(rules_kit, kit):
    """The NER missed "Jones" of "Jones, 54,"; only a person is given an age, so the later "he" is Jones (it had
    been no one)."""
    text = 'Jones, 54, said he had lived on the street for 30 years. "I have never seen anything like it," he said.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("he", "Jones", "person")


def test_a_year_is_no_age(rules_kit, kit):
    """Guard: "1998" of "January 27, 1998," is set off by commas after a proper noun as an age is, but "January" is
    no person for "she" to mean."""
    text = "On January 27, 1998, she told the network that there was a conspiracy against her husband."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == ("she", None)


@pytest.mark.parametrize("text, name, kind", [
    ("Transportation officials said the bridge would reopen in March.", "Transportation officials", "group"),
    # guard: a body's name stays its name
    ("Pentagon officials said the troops would leave.", "Pentagon", "organization"),
])
def test_a_portfolio_opening_a_sentence_is_no_organisation(rules_kit, kit, text, name, kind):
    """The NER tags a capitalised "Transportation" ORG; the speaker had been the organisation "Transportation"."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, name, kind", [
    ("According to a memo obtained by the Gazette, the ministry will close three clinics.",
     "a memo obtained by the Gazette", "other"),
    # guard: who released a report wrote it
    ("A report released by the Harbor Institute on Monday found that rents rose.", "Harbor Institute", "organization"),
    ("A new SEC filing shows that the Halvorsen Group lost money in the spring.", "a new SEC filing", "other"),
    # guard: a company before its filing filed it
    ("The Halvorsen Group filed papers on Monday. The Halvorsen filing shows that it lost money in the spring.",
     "Halvorsen Group", "organization"),
])
def test_whoever_obtained_a_document_did_not_write_it(rules_kit, kit, text, name, kind):
    """"A memo obtained by the Gazette" had been the Gazette's word, "a new SEC filing" the regulator's: a filing is
    made to it."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text", ["The report said the officers acted lawfully.",
                                  "Court records show that Hanley owed $40,000 in back taxes."])
def test_a_document_without_an_author_is_no_organisation(rules_kit, kit, text):
    """An unattributed report had the kind "organization", records the kind "group"."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.kind == "other"


def test_a_participle_read_as_a_clause_leaves_the_noun_the_head(kit):
    """The parse reads "Voters interviewed" as a clause; the speaker's kind came from "interviewed" ("other")."""
    (q,) = kit("Voters interviewed outside polling stations said the economy was their top concern.").quotes
    assert (q.speaker.name, q.speaker.kind) == ("voters interviewed outside polling stations", "group")


@pytest.mark.parametrize("text, name", [
    ('He is the third minister to resign this month. His predecessor, Ana Varga, quit after saying the policy was '
     '"unworkable."', "Ana Varga"),
    ('One expert, Professor Lina Haas of Bremen University, said the findings were "plausible but not proven."',
     "Lina Haas"),
])
def test_a_person_the_ner_or_the_parse_misreads_is_still_the_person(rules_kit, kit, text, name):
    """The NER tagged only "Varga" of "Ana Varga", as ORG (the speaker had been the organisation "Varga"); the parse
    hangs "Lina Haas of Bremen University" on "University", in apposition to "expert" (the speaker had been "Bremen
    University", a person)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


@pytest.mark.parametrize("text, name", [
    ("Ohio's health department said 12 people had died.", "Ohio's health department"),
    # guard: a place's government is the place
    ("Kenya's government said 12 people had died.", "Kenya"),
])
def test_a_place_s_body_is_named_with_its_words(rules_kit, kit, text, name):
    """"Ohio's health department" had been "Ohio", as if the state had spoken."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "organization")


def test_the_body_named_again_is_the_place_s_body(kit):
    """"The department" after "Ohio's health department" had been "the department"."""
    quotes = kit("Ohio's health department said 12 people had died. The department did not say where.").quotes
    assert [q.speaker.name for q in quotes] == ["Ohio's health department"] * 2


@pytest.mark.parametrize("text, name", [
    ("Moody's said the downgrade reflected the state's rising pension costs.", "Moody's"),
    ("A spokesman for McDonald's said the chain would raise wages at 400 restaurants.", "McDonald's"),
    ("Executives at Christie's said the sale was a record.", "Christie's"),
    # guard: a possessor's "'s" is not the name's
    ("Google's lawyers argued that the fine was excessive.", "Google"),
])
def test_a_company_named_with_a_possessive_keeps_it(rules_kit, kit, text, name):
    """"Moody's" had been "Moody", as if a person or a company of that name had spoken."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "organization")


def test_a_name_the_ner_ran_across_a_comma_is_two_names(rules_kit, kit):
    """The NER tags "Axios, Walmart" as one organisation (the kind had been "other", and in an article where the
    name came back, "Walmart" was "Axios, Walmart")."""
    for q in last_quotes("In a statement to Axios, Walmart said it would hire more workers.", rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Walmart", "organization")


def test_a_name_after_another_person_s_name_renames_the_role(rules_kit, kit):
    """The parse hangs "Tom Haskell" on "Ellen Brooks", the name after "under": the speaker had been the mayor."""
    text = "The budget director under Mayor Ellen Brooks, Tom Haskell, said the city was broke."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Tom Haskell", "person")


def test_a_relative_clause_after_a_name_the_ner_missed_is_no_part_of_it(rules_kit, kit):
    """The speaker had been "FEMSA, which runs the port"."""
    for q in last_quotes("FEMSA, which runs the port, said the strike had ended.", rules_kit, kit):
        assert q.speaker.name == "FEMSA"


def test_a_participle_set_off_after_a_name_the_ner_missed_is_no_part_of_it(rules_kit):
    """The rules' source runs to the participle's end, and the speaker had been "Lind, speaking to reporters on
    Friday" (the NER tags no person there)."""
    (q,) = rules_kit("Lind, speaking to reporters on Friday, said the budget was balanced.").quotes
    assert (q.speaker.mention, q.speaker.name) == ("Lind, speaking to reporters on Friday", "Lind")


def test_the_body_of_a_person_s_title_is_no_organisation_of_that_name(rules_kit, kit):
    """The NER tags "Council" of "Council member Rosa Delgado" ORG; "the city council" had been the organisation
    "Council", a dateline's dash had kept the capital of "The city council", and the rules had taken the dateline,
    which the parse makes a second subject of "said", for the speaker ("HARBOR CITY")."""
    text = ("HARBOR CITY — The city council said on Tuesday that it would ban gas-powered leaf blowers. Council member "
            "Rosa Delgado, who sponsored the measure, said the vote was overdue.")
    for extractor in (rules_kit, kit):
        council, delgado = extractor(text).quotes
        assert (council.speaker.name, council.speaker.kind) == ("the city council", "organization")
        assert delgado.speaker.name == "Rosa Delgado"


def test_an_organisation_the_ner_starts_after_its_capitalised_preposition_keeps_its_name(rules_kit, kit):
    """The NER tags only "Borders" of "Doctors Without Borders" ORG; the speaker had been "Borders"."""
    for q in last_quotes("Doctors Without Borders said its clinic in the city had been hit twice.", rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Doctors Without Borders", "organization")


def test_a_one_word_name_in_apposition_to_a_kin_noun_is_a_person(rules_kit, kit):
    """The NER missed "Ana" of "his wife, Ana,"; "she" had been no one."""
    text = 'Tom Reilly and his wife, Ana, opened the diner in 1998. "We never thought we would close," she said.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("she", "Ana", "person")


def test_neither_of_two_named_people_is_no_one_of_them(rules_kit, kit):
    """"Neither Lind nor Berg would say" had been Berg's statement, a person's."""
    for q in last_quotes("Neither Lind nor Berg would say how much it cost.", rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Neither Lind nor Berg", "group")


@pytest.mark.parametrize("text, name", [
    ("Its parent company, Redwell Chemicals, says the plant meets every state standard.", "Redwell Chemicals"),
    ("The plant's owner, Redwell Chemicals, says it meets every state standard.", "Redwell Chemicals"),
    ("Its owner, Harbor Freight Inc., said the store would stay open.", "Harbor Freight Inc."),
])
def test_a_business_renaming_its_head_is_the_speaker(rules_kit, kit, text, name):
    """"Its parent company" had been no one (the owner of "its" was not found) and "the owner" a person."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "organization")


@pytest.mark.parametrize("text, name", [
    ('The striker had a rough night. Lopez, the team\'s top scorer, said the pitch was "a disaster."', "Lopez"),
    ('"We are not done," Navarro said. Hargreaves, his deputy, added that the team would regroup.', "Hargreaves"),
])
def test_a_surname_the_tagger_misreads_is_a_person_by_its_apposition(rules_kit, kit, text, name):
    """The tagger reads "Lopez" as an adjective and "Hargreaves" as a plural: their kinds had been "other" (with the
    apposition in the name) and "group"."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_an_age_named_again_with_a_relative_clause_is_a_person(rules_kit, kit):
    """The kind had been "other" where a relative clause followed the age."""
    text = '"I am not going anywhere," said the 72-year-old, who has led the club since 1998.'
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("the 72-year-old", "person")


@pytest.mark.parametrize("text, name, kind", [
    ("The campaign released a statement from Ana Lind, which said that no one had ever complained.", "Ana Lind",
     "person"),
    ("The company issued a statement, which said the recall was voluntary.", "the company", "organization"),
    # guards: whoever obtained the document did not write it, nor did whoever released one already there
    ("The Times obtained a memo, which said the plant was unsafe.", "a memo", "other"),
    ("The board released the auditor's memo, which says that the mayor lied.", "the auditor", "person"),
])
def test_a_document_s_which_speaks_for_its_author(rules_kit, kit, text, name, kind):
    """The parse hangs "which" on "Ana Lind" (the speaker had been no one, a person's "which" being taken for a
    misattached one); an issued statement had been "a statement"."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, name, kind", [
    ("The club released a statement saying the coach had resigned.", "the club", "organization"),
    ("Thirty doctors signed a letter urging the council to ban the pesticide.", "thirty doctors", "group"),
    # guards: whoever obtained or leaked a document did not write it
    ("The Times obtained a memo saying the plant was unsafe.", "a memo", "other"),
    ("Hackers released an email saying the vote was rigged.", "an email", "other"),
])
def test_a_document_saying_speaks_for_who_issued_it(rules_kit, text, name, kind):
    """The rules' speaker had been "a statement" and "a letter" (the learned tagger takes the issuer and its verb
    into the source and cue)."""
    q = only(rules_kit, text)
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_which_the_parse_hangs_on_a_date_is_the_verb_s_object_s(rules_kit):
    """The rules' speaker had been "Monday"; the lawsuit speaks for the family that filed it."""
    text = "The family filed a lawsuit on Monday, which claims the hospital ignored the warning signs."
    (q,) = rules_kit(text).quotes
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("which", "the family", "group")


def test_a_which_the_parse_hangs_on_a_date_after_a_document_is_the_document_s(kit):
    """"a Courier report from May, which described": "which" hangs on May, and had been nobody (name null)."""
    text = "Lind pointed to a little-known Courier report from May, which described how the council had spent the fund."
    q = kit(text).quotes[-1]
    assert (q.text, q.speaker.mention, q.speaker.name, q.speaker.kind) == (
        "how the council had spent the fund", "which", "Courier", "organization")


def test_the_museum_is_the_museum_named_before(rules_kit, kit):
    """"The museum" had been no organisation ("the museum", kind "other")."""
    text = "The Lindqvist Museum reopened on Friday. The museum said that the stolen painting had been returned."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Lindqvist Museum", "organization")


@pytest.mark.parametrize("text, name", [
    # the NER tags a lower-case "examiner" ORG (newspapers bear the name): the speaker had been the organisation
    # "examiner", and an examiner no one
    ("The bureau's top examiner said the samples were contaminated.", "the bureau's top examiner"),
    ("In several cases, the Halvard Bureau's most prominent handwriting examiner testified that the original findings "
     "were wrong.", "the Halvard Bureau's most prominent handwriting examiner"),
    # "one educator" had been of kind other
    ('"We have talked about it," one educator told the paper.', "one educator"),
])
def test_an_examiner_or_an_educator_is_a_person(rules_kit, kit, text, name):
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


@pytest.mark.parametrize("text, name", [
    ("Many wondered whether the mayor had been told.", "many"),
    ("Some said the rule was unfair.", "some"),
    ("Most agreed that the plan would fail.", "most"),
])
def test_a_quantifier_standing_for_people_is_a_group(rules_kit, kit, text, name):
    """"Many", "Most" had been of kind other, "Some" nobody (name null)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "group")


def test_all_said_and_done_is_no_one_speaking(rules_kit, kit):
    """Guard for the quantifiers: "All" is more often things than people, and this idiom's "said" no report."""
    text = "All said and done, it looks like the fence runs about two miles, according to the city's own maps."
    for q in last_quotes(text, rules_kit, kit):
        assert (q.cue.text, q.speaker.name) == ("according to", "the city's own maps")


def test_a_musician_is_a_person(kit):
    """"The band's drummer" had been of kind "other"."""
    q = only(kit, "The band's drummer told fans that it would be their last show.")
    assert (q.speaker.name, q.speaker.kind) == ("the band's drummer", "person")


@pytest.mark.parametrize("text, content, speaker", [
    ('The archbishop issued a statement to the families on Monday. "We failed you," it read.', '"We failed you,"',
     "the archbishop"),
    ("Ana Lind sent a letter to the water board. It said the utility had ignored her questions for a year.",
     "the utility had ignored her questions for a year", "Ana Lind"),
])
def test_it_for_a_document_someone_issued_is_its_issuer(rules_kit, kit, text, content, speaker):
    """The "it" that speaks after "X issued a statement" is the statement, whose words are X's (a person is
    otherwise never what "it" stands for)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.text, q.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Leaders of both parties, among them Senator Ruth Hale, said the deal was fair.", "leaders of both parties"),
    ("Members of the board, among them the two newest, say the vote was rushed.", "members of the board"),
])
def test_examples_set_off_after_a_speaker_are_not_the_speaker(rules_kit, kit, text, speaker):
    """", among them" lists examples of the speakers, however the parse hangs it, and the learned tagger may link
    the examples alone to the cue."""
    for pipeline in (rules_kit, kit):
        assert only(pipeline, text).speaker.name == speaker


@pytest.mark.parametrize("text, name", [
    ("The cleaners, most of whom work nights, said the new rota was unsafe.", "the cleaners"),
    ("Two hundred tenants, some of whom have lived in the block for decades, told the council they felt betrayed.",
     "two hundred tenants"),
])
def test_a_group_described_by_some_of_whom_is_the_speaker(rules_kit, kit, text, name):
    """"X, most of whom ..., say": the parse may hang "most" on the reporting verb (the learned extractor named the
    group with its description) or X on the relative clause's verb (the rules found no speaker), and the tagger
    may mark "some of whom" as a source of its own (named as the speaker)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "group")
    text = "Dock workers in the port, many of whom lost shifts in the spring, say the new contract is unfair."
    assert only(rules_kit, text).speaker.name == "Dock workers in the port"


@pytest.mark.parametrize("text, name", [
    ("Some harbor pilots — many of them retired captains — said the new channel was too narrow.", "some harbor pilots"),
    ("Citrus growers — who sell most of the valley's crop abroad — say the tariff will cost them dearly.",
     "Citrus growers"),
    ("Several high-level officials said the talks would resume in March.", "several high-level officials"),
])
def test_an_aside_in_dashes_is_no_part_of_the_speakers_name(rules_kit, kit, text, name):
    """A description or a relative clause set off by dashes is left out of the name, as one set off by commas is:
    the group is "some harbor pilots" wherever the article says more about them (the name had kept the aside, or the
    dash before it); a hyphen inside a word ("high-level") sets nothing off."""
    for pipeline in (rules_kit, kit):
        assert only(pipeline, text).speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Alexandra Okafor-Reyes spoke first. Okafor-Reyes said the bill was too weak.", "Alexandra Okafor-Reyes"),
    ("Senator Lena Vasquez-Holt spoke first. Vasquez-Holt said the bill was too weak.", "Lena Vasquez-Holt"),
])
def test_a_hyphenated_surname_is_one_name(rules_kit, kit, text, name):
    """The tagger read the source of the learned extractor from the last part on ("Reyes", "Holt": kind other)."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, "person")


def test_two_surnames_joined_by_a_hyphen_are_two_people(rules_kit, kit):
    """"the Hale-Kim summit" had made "Hale-Kim" the fullest name of every "Hale" (both are named on their own)."""
    text = ("Officials in Seoul prepared for the planned Hale-Kim summit with Kim Jong-un. The Hale administration "
            "said the meeting would go ahead.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Hale's administration", "organization")


def test_a_clause_in_title_case_is_no_part_of_a_name(kit):
    """The NER read "Hale Should Be" (of a title-case sentence in running text) as a person, and "the Hale
    administration" became "Hale Should Be's administration"."""
    text = ('Last year, the Hale administration promised that rents would stay flat. Radio host Tom Berg: Rents Will '
            'Double By Spring, And Hale Should Be Sued For "Fraud." The administration said the claim was false.')
    promised = kit(text).quotes[0]
    assert (promised.cue.text, promised.speaker.name) == ("promised", "Hale's administration")
    assert "Should" not in (kit(text).quotes[-1].speaker.name or "")


@pytest.mark.parametrize("text, kind", [
    ("A group of virologists said the variant was unlikely to spread.", "group"),
    ("A group of Senate Democrats said the bill would pass.", "group"),
    ("A group of companies said the rule would raise prices.", "organization"),  # guard
])
def test_a_group_of_people_is_a_group(rules_kit, kit, text, kind):
    """"A group of virologists" had been an organisation, as an advocacy group is ("the group said")."""
    for q in last_quotes(text, rules_kit, kit):
        assert q.speaker.kind == kind


def test_a_day_after_the_speaker_is_no_part_of_the_speaker(rules_kit, kit):
    """"Officials Monday said": the tagger takes the day into the source, and the name had been "Officials
    Monday"."""
    for q in last_quotes("Officials Monday said the bridge would reopen.", rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("officials", "group")


def test_the_judge_is_the_justice_named_before(rules_kit, kit):
    """A trial judge titled "Justice" (as New York's are) had left "the judge" unnamed."""
    text = ("Justice Maria Lind opened the hearing on Monday. The judge said the jury would be sequestered for the "
            "whole trial.")
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == ("Maria Lind", "person")


@pytest.mark.parametrize("text, name, kind", [
    ("Tom Lind admitted lying. His lawyers said he had served his country for decades.", "Tom Lind's lawyers",
     "group"),
    ("Ana Ruiz was fined in May. Her longtime campaign manager said the fine was too small.",
     "Ana Ruiz's campaign manager", "person"),
    ('Ana Ruiz was fined in May. "It was too small," her husband told reporters.', "Ana Ruiz's husband", "person"),
    # the one named last in the sentence, though inside what was said (a speaking "he" would not be Dan Moss)
    ("Tom Berg backed the deal. Dan Moss doesn't shy away from a fight, his allies say.", "Dan Moss's allies",
     "group"),
    # else the subject of the sentence before, not the last one named there
    ('Ana Ruiz had wanted to be a reporter like her hero Lena Brandt. "Take a chance," her mother told her.',
     "Ana Ruiz's mother", "person"),
    ("Ana Ruiz dropped the rules that President Tom Lind had imposed on donors. Her advisers said the money was "
     "needed.", "Ana Ruiz's advisers", "group"),
    # guards: a thing's people, and a list, whose "his" may be the unnamed person's before it
    ("The agency fined the firm in May. Its lawyers said the fine was unfair.", "its lawyers", "group"),
    ("The store owner and his customer said Mayor Tom Hale had ignored them.", "the store owner and his customer",
     "group"),
])
def test_his_or_her_people_are_named_after_the_person(rules_kit, kit, text, name, kind):
    """"His lawyers" had kept its pronoun ("his lawyers"), where "Lind's lawyers" is "Tom Lind's lawyers" and "his
    office" "Tom Lind's office"."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, name", [
    ("Last spring, Pew reported that a third of renters trusted the council.", "Pew"),
    ("Axios, which first reported the memo, explains why the timing matters.", "Axios"),
])
def test_an_outlet_or_pollster_the_ner_misses_is_an_organisation(kit, text, name):
    """Both had been of kind other (no entity; the parse reads "Axios" as an adverb)."""
    q = kit(text).quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == (name, "organization")


@pytest.mark.parametrize("text, mention, name", [
    ("PORTLAND, Maine (AP) — Harbor Freight Lines, facing a strike by its dock crews, said on Tuesday that it would "
     "raise wages.", "Harbor Freight Lines", "Harbor Freight Lines"),
    ("GENEVA - Health officials warned on Friday that the outbreak was spreading.", "Health officials",
     "Health officials"),
])
def test_a_wire_story_s_dateline_is_no_part_of_the_speaker(rules_kit, kit, text, mention, name):
    """The parse runs the dateline into the first sentence's subject: the speaker had been "AP" and "GENEVA -
    Health"."""
    for q in last_quotes(text, rules_kit, kit):
        assert (q.speaker.mention, q.speaker.name) == (mention, name)


def test_a_subject_in_capitals_that_is_all_dateline_names_no_one(rules_kit):
    """"WESTBROOK" was the subject the parse gave "had to decide"; a heading in capitals before a dash is no
    dateline, and who it names stays (guard)."""
    text = "WESTBROOK, Maine — Workers at the mill had to decide whether to come back to work."
    assert only(rules_kit, text).speaker is None
    text = "Mayor Rosa Lind opened the bridge on Monday.\n\nCRITICS SAY THE BRIDGE IS UNSAFE — The council disagrees."
    (q,) = [q for q in rules_kit(text).quotes if q.cue is not None and q.cue.text == "SAY"]
    assert q.speaker.mention == "CRITICS"

