"""Forms that other outlets use for the same facts, one sentence or two each (our own words)."""

import datetime

from decimal import Decimal

import pytest

import aistrike

from aistrike import Person
from aistrike.extract.text import sentences


PUBLISHED = datetime.date(2023, 7, 27)
SAG_AFTRA = aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION)
AMPTP = aistrike.Organization("AMPTP", aistrike.OrganizationKind.TRADE_ASSOCIATION)


def sentence_texts(text: str) -> list[str]:
    """The sentences of *text*, as the recognisers read them."""
    return [sentence.text for sentence in sentences(text)]


def story(text: str) -> aistrike.Story:
    return aistrike.extract(text, published=PUBLISHED)


def only_quote(text: str) -> tuple[str, str]:
    """The name of the person who speaks the one quotation of *text*, and its words."""
    (quote,) = story(text).quotes
    assert isinstance(quote.speaker, Person)
    return quote.speaker.name, quote.text


class TestPeople:
    @pytest.mark.parametrize(
        ("text", "person"),
        [
            ("Actor Rob Delaney said it was unfair.", Person("Rob Delaney", role="actor")),
            ("President Ann Lee said so.", Person("Ann Lee", role="president")),
            (
                "The union's Chief Negotiator Duncan Crabtree-Ireland said no.",
                Person("Duncan Crabtree-Ireland", role="chief negotiator"),
            ),
            (
                "Duncan Crabtree-Ireland, the union's chief negotiator, said no.",
                Person("Duncan Crabtree-Ireland", role="chief negotiator"),
            ),
            ("Director Ava DuVernay said so.", Person("Ava DuVernay", role="director")),
            (
                '"I made $23,000 last year," said background performer Lina Ortiz, 34.',
                Person("Lina Ortiz", role="background performer"),
            ),
            (
                "Stunt performer Tomas Aguilar said so.",
                Person("Tomas Aguilar", role="stunt performer"),
            ),
            (
                "Co-chief executive Ted Sarandos said talks would resume.",
                Person("Ted Sarandos", role="co-chief executive"),
            ),
            (  # a role set off by commas, whatever the verb after it
                "Fran Drescher, president of SAG-AFTRA, called the offer insulting.",
                Person(
                    "Fran Drescher",
                    role="president",
                    affiliation=aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION),
                ),
            ),
            (
                "Ken Klippenstein, a reporter at The Intercept, first reported the listing.",
                Person(
                    "Ken Klippenstein",
                    role="reporter",
                    affiliation=aistrike.Organization(
                        "The Intercept", aistrike.OrganizationKind.PUBLISHER
                    ),
                ),
            ),
            (  # an age before the apposition
                "Sarah Jones, 34, a background actor, said she earned $12,000.",
                Person("Sarah Jones", role="background actor"),
            ),
            (
                '"I earned $12,000," said Sarah Jones, 34, a background actor from Burbank.',
                Person("Sarah Jones", role="background actor"),
            ),
            ("Los Angeles Mayor Karen Bass said so.", Person("Karen Bass", role="mayor")),
            ("McDonald Smith said so.", Person("McDonald Smith")),
            (  # Latin letters
                '"It is cruel," said Lucía Ferrandis, a professor.',
                Person("Lucía Ferrandis", role="professor"),
            ),
            ("Jörg Müller-Łukasz said so.", Person("Jörg Müller-Łukasz")),
            (  # a verb of naming, and a role outside the union's
                'Labour lawyer Tom Reid, who advises actors, called it "a win".',
                Person("Tom Reid", role="lawyer"),
            ),
            ('Tom Reid called the deal "a win".', Person("Tom Reid")),
            (
                # a role set off by commas says more than the title "Guest"
                "Guest Ann Lee, a labour economist, explains the plan.",
                Person("Ann Lee", role="economist"),
            ),
            (
                (
                    "According to Duncan Crabtree-Ireland, the national executive director and "
                    "chief negotiator of Sag-Aftra, the plan is unfair."
                ),
                Person(
                    "Duncan Crabtree-Ireland",
                    role="national executive director",
                    affiliation=aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION),
                ),
            ),
            (
                "Fran Drescher, SAG-AFTRA’s president, said in a speech that it was unfair.",
                Person(
                    "Fran Drescher",
                    role="president",
                    affiliation=aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION),
                ),
            ),
            (
                '"No," said Fran Drescher, president of SAG-AFTRA.',
                Person(
                    "Fran Drescher",
                    role="president",
                    affiliation=aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION),
                ),
            ),
        ],
    )
    def test_name_with_role(self, text, person):
        assert story(text).people == (person,)

    @pytest.mark.parametrize(
        ("text", "role", "affiliation"),
        [
            ("SAG-AFTRA president Ann Lee said no.", "president", "SAG-AFTRA"),
            (
                '"No," said Ann Lee, a SAG-AFTRA member who works as a stand-in.',
                "member",
                "SAG-AFTRA",
            ),
            ("SAG-AFTRA President Ann Lee said no.", "president", "SAG-AFTRA"),
            ("Netflix's spokesperson Ann Lee said no.", "spokesperson", "Netflix"),
            (
                "The WGA national executive director Ann Lee said no.",
                "national executive director",
                "WGA",
            ),
            ("At Netflix, actor Ann Lee said no.", "actor", None),  # a comma between: not hers
            ("Netflix co-CEO Ann Lee said no.", "co-CEO", "Netflix"),
            (
                "Ann Lee, a member of the SAG-AFTRA negotiating committee, said no.",
                "member",
                "SAG-AFTRA",
            ),
            # what follows "the" is no union of hers
            ("Ann Lee, a member of the panel that advises SAG-AFTRA, said no.", "member", None),
            # the organisation among the words before the role
            ("Ann Lee, a SAG-AFTRA negotiating committee member, said no.", "member", "SAG-AFTRA"),
        ],
    )
    def test_organisation_before_the_role(self, text, role, affiliation):
        (person,) = story(text).people
        assert (person.name, person.role) == ("Ann Lee", role)
        assert (person.affiliation.name if person.affiliation else None) == affiliation

    @pytest.mark.parametrize(
        "text",
        [
            'But Helen Marsh said: "We want to scan every patient."',
            'As Helen Marsh put it, "We want to scan every patient."',
            'When Helen Marsh said "We want to scan every patient," no one objected.',
        ],
    )
    def test_a_word_opening_the_sentence_is_no_part_of_the_name(self, text):
        assert only_quote(text)[0] == "Helen Marsh"

    @pytest.mark.parametrize(
        "text",
        [
            '"We want to scan every patient," said Dr Helen Marsh.',
            '"We want to scan every patient," said Dr. Helen Marsh.',
            'Dr. Helen Marsh said: "We want to scan every patient."',
            'Prof Helen Marsh said: "We want to scan every patient."',
        ],
    )
    def test_a_courtesy_title_is_no_part_of_the_name(self, text):
        assert only_quote(text)[0] == "Helen Marsh"

    @pytest.mark.parametrize(
        ("text", "person"),
        [
            (
                (
                    "Duncan Crabtree-Ireland is the national executive director and chief "
                    "negotiator of SAG-AFTRA. We spoke on Wednesday."
                ),
                Person(
                    "Duncan Crabtree-Ireland",
                    role="national executive director",
                    affiliation=SAG_AFTRA,
                ),
            ),
            (
                "Tom Reyes is a background actor and a member of SAG-AFTRA.",
                Person("Tom Reyes", role="background actor", affiliation=SAG_AFTRA),
            ),
        ],
    )
    def test_someone_introduced_by_their_role(self, text, person):
        assert story(text).people == (person,)

    @pytest.mark.parametrize(
        "text",
        [
            "Deep Fake Love is a Spanish reality series.",  # a title, no role
            "Netflix Games is the studio arm of the streamer.",
            "Ann Lee is a Netflix subscriber.",  # no role this library knows
        ],
    )
    def test_no_one_introduced_without_a_role(self, text):
        assert story(text).people == ()

    @pytest.mark.parametrize(
        ("text", "person"),
        [
            (
                "Legal scholar Dana Whitfield of Loyola Law School said the gap was wide.",
                Person("Dana Whitfield", role="scholar"),
            ),
            (
                "SAG-AFTRA is on strike. Tom Reid of SAG-AFTRA said the deal was unfair.",
                Person("Tom Reid", affiliation=SAG_AFTRA),
            ),
            # the place after "of" is no one ("Los Angeles" was a person)
            ("Kim Park of Los Angeles said she had never been scanned.", Person("Kim Park")),
            (
                "The AMPTP met. A spokesperson for the alliance, Scott Rowe, said it was fair.",
                Person("Scott Rowe", role="spokesperson", affiliation=AMPTP),
            ),
            (
                "SAG-AFTRA struck. A spokesperson for the union, Ann Lee, said it was unfair.",
                Person("Ann Lee", role="spokesperson", affiliation=SAG_AFTRA),
            ),
        ],
    )
    def test_where_the_person_works(self, text, person):
        assert story(text).people == (person,)

    @pytest.mark.parametrize(
        ("text", "affiliation"),
        [
            ("SAG-AFTRA is on strike. Its chief negotiator, Ann Lee, said no.", "SAG-AFTRA"),
            ("Netflix posted a job. Its co-chief executive Ann Lee said it was fair.", "Netflix"),
            ("Netflix posted a job. The union is angry. Its president, Ann Lee, said no.", None),
            ("SAG-AFTRA is in talks with the AMPTP. Its president, Ann Lee, said no.", None),
        ],
    )
    def test_its_role_is_the_organisation_the_sentence_before_names(self, text, affiliation):
        (person,) = story(text).people
        assert (person.affiliation.name if person.affiliation else None) == affiliation

    def test_the_union_of_a_role_with_two_unions_named_is_unknown(self):
        text = "The WGA and SAG-AFTRA struck. The president of the guild, Ann Lee, said no."
        assert story(text).people == (Person("Ann Lee", role="president"),)

    @pytest.mark.parametrize(
        "text",
        [
            "Actor Delaney said so.",  # a title and a surname alone: no full name
            "Star Wars said nothing.",
            "The Alliance of Motion Picture and Television Producers said the claim was false.",
            "Los Angeles, the home of many actors, is quiet.",
            "Black Mirror, a drama series, has an episode about AI.",
            "By a staff reporter The Writers Guild of America ended its strike.",  # a determiner
            "Critics said The Spanish dating series was cruel.",
            "Commenters on Hacker News argued the top of the band is rare.",  # a place, not a name
            "Agents in the West End described a quiet summer.",
            # an organisation's last words: "Arts Alliance" is no one's name
            "The Media, Entertainment and Arts Alliance, which represents actors, said no.",
            "Network Rail said it had offered a 5% pay rise.",  # no one's name ends with "Rail"
        ],
    )
    def test_no_person(self, text):
        assert story(text).people == ()


class TestSurnameAfterAQuotation:
    def test_the_full_name_given_before_with_no_cue(self):
        text = (
            "This week, hosts Carla Mendes and Joel Apari dig in. "
            '"There is always money for AI," Mendes says in the episode.'
        )
        found = story(text)
        assert found.people == (Person("Carla Mendes"),)
        (quote,) = found.quotes
        assert quote.speaker == Person("Carla Mendes")

    @pytest.mark.parametrize(
        "verb",
        ["says the listing", "said that the listing", "says, in the episode, that the listing"],
    )
    def test_the_surname_before_a_verb_with_no_quotation_before(self, verb):
        text = (
            "This week, hosts Priya Natarajan and Owen Castell unpack a Netflix job listing. "
            f'Natarajan {verb} "tells you where the money is going."'
        )
        found = story(text)
        assert found.people == (Person("Priya Natarajan"),)
        (quote,) = found.quotes
        assert quote.speaker == Person("Priya Natarajan")
        assert all(not posting.duties for posting in found.job_postings)

    @pytest.mark.parametrize(
        "text",
        [
            '"No," Mendes said.',  # no full name before
            "Disney owns Hulu. Disney said the deal was good.",  # an organisation
            "Tickets sold out in West Hollywood. Hollywood said nothing.",  # a place
            'The Los Angeles Times reported it. "No," Times said.',  # part of a longer name
            'The Netflix show was big. "It is fine," Netflix said.',  # an organisation
        ],
    )
    def test_no_full_name(self, text):
        assert story(text).people == ()


class TestAffiliations:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The union's chief negotiator, Duncan Crabtree-Ireland, said it was unfair.",
            "Duncan Crabtree-Ireland, the union's chief negotiator, said it was unfair.",
            "Union negotiator Duncan Crabtree-Ireland said it was unfair.",
        ],
    )
    def test_the_union_is_the_one_the_article_names(self, sentence):
        (person,) = story(f"SAG-AFTRA is on strike. {sentence}").people
        assert person.affiliation is not None
        assert person.affiliation.name == "SAG-AFTRA"

    def test_with_two_unions_named_the_union_is_unknown(self):
        text = (
            "SAG-AFTRA and the WGA are on strike. The union's chief negotiator, "
            "Duncan Crabtree-Ireland, said it was unfair."
        )
        (person,) = story(text).people
        assert person.affiliation is None


class TestQuotes:
    def test_the_speaker_after_a_quotation_with_an_apposition(self):
        text = '"We are fighting this," Ann Lee, the president of SAG-AFTRA, said at a rally.'
        (quote,) = story(text).quotes
        assert quote.speaker == Person(
            "Ann Lee",
            role="president",
            affiliation=aistrike.Organization("SAG-AFTRA", aistrike.OrganizationKind.UNION),
        )

    @pytest.mark.parametrize(
        "text",
        [
            '"It is unfair," wrote Marcus Bell on social media.',
            "“It is unfair,” added Marcus Bell.",
            '"It is unfair," tweeted Marcus Bell.',
            '"It is unfair," fumed Marcus Bell.',
            '"It is unfair," Marcus Bell admitted.',
            '"It is unfair," Marcus Bell quipped.',
        ],
    )
    def test_other_verbs_after_a_quotation(self, text):
        (quote,) = story(text).quotes
        assert (quote.speaker, quote.text) == (Person("Marcus Bell"), "It is unfair,")

    def test_a_headline_gives_its_quotation_to_a_person_named_before_a_colon(self):
        text = 'Rob Delaney: "Netflix AI job is ghoulish"\n\nActor Rob Delaney said it was bad.'
        assert only_quote(text) == ("Rob Delaney", "Netflix AI job is ghoulish")

    @pytest.mark.parametrize(
        "headline",
        [
            '"It is just ghoulish": Black Mirror star Rob Delaney slams Netflix',
            "“It is just ghoulish”: Rob Delaney slams Netflix over AI job",
        ],
    )
    def test_a_headline_gives_its_quotation_to_the_person_after_the_colon(self, headline):
        text = f"{headline}\n\nActor Rob Delaney said it was bad."
        assert only_quote(text) == ("Rob Delaney", "It is just ghoulish")

    def test_a_title_before_a_colon_and_a_cast_is_no_ones_quotation(self):
        text = 'The show "Catastrophe": Rob Delaney and others.\n\nActor Rob Delaney said it.'
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        "text", ['Hollywood Strike: "We will not back down"', 'Netflix: "We value actors"']
    )
    def test_a_name_no_cue_finds_before_a_colon_is_no_speaker(self, text):
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('"It is unfair," said SAG-AFTRA President Fran Drescher.', "Fran Drescher"),
            ('"It is unfair," said SAG-AFTRA, and Fran Drescher agreed.', "SAG-AFTRA"),
            ('"It is fair," the AMPTP said in a statement.', "AMPTP"),
            ('"It is fair," Netflix said on Tuesday.', "Netflix"),
            ('"It is fair," Netflix\'s Ted Sarandos said.', "Ted Sarandos"),
        ],
    )
    def test_an_organisation_after_the_quotation(self, text, speaker):
        (quote,) = story(text).quotes
        assert getattr(quote.speaker, "name", None) == speaker

    @pytest.mark.parametrize(
        "text",
        [
            'Quote of the day: "It is unfair," - Marcus Bell, on Instagram.',
            "“It is unfair,” — actor Marcus Bell",
        ],
    )
    def test_a_person_after_a_dash_after_a_quotation(self, text):
        assert only_quote(text) == ("Marcus Bell", "It is unfair,")

    @pytest.mark.parametrize(
        "text",
        [
            '"That money could insure 35 of us." - Rob Delaney, actor',
            "“That money could insure 35 of us.” — Rob Delaney",
        ],
    )
    def test_a_person_after_a_dash_after_a_full_stop(self, text):
        assert only_quote(text)[0] == "Rob Delaney"

    def test_a_company_in_capitals_is_the_company(self):
        text = "NETFLIX has sparked outrage by advertising a $900,000-a-year job for an AI expert."
        result = story(text)
        assert [(p.employer.name, str(p.pay)) for p in result.job_postings] == [
            ("Netflix", "$900,000 a year")
        ]
        assert result.organizations == (
            aistrike.Organization("Netflix", aistrike.OrganizationKind.STREAMER),
        )  # no alias "NETFLIX"

    @pytest.mark.parametrize(
        ("outlet", "name"),
        [
            ("the Guardian", "The Guardian"),
            ("Reuters", "Reuters"),
            ("the Associated Press", "Associated Press"),
            ("The New York Times", "The New York Times"),
        ],
    )
    def test_an_outlet_told_is_a_publisher_and_no_speaker(self, outlet, name):
        result = story(f'"It is cruel," Rob Delaney told {outlet}.')
        assert [q.speaker for q in result.quotes] == [Person("Rob Delaney")]
        assert [(o.name, o.kind) for o in result.organizations] == [
            (name, aistrike.OrganizationKind.PUBLISHER)
        ]

    def test_a_spokesperson_who_told_a_listener(self):
        (quote,) = story(
            '"This is not what we proposed," an AMPTP spokesperson told Deadline.'
        ).quotes
        assert quote.speaker == AMPTP

    @pytest.mark.parametrize(
        "text",
        [
            'The offer was "insulting" - Netflix declined to comment.',
            'The offer was "insulting" - Marcus Bell declined to comment.',  # words not closed
        ],
    )
    def test_a_dash_after_a_phrase_names_no_speaker(self, text):
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('SAG-AFTRA met Netflix. "We had no choice," the union said.', "SAG-AFTRA"),
            ('The WGA met on Friday. "We are ready," the guild said in a statement.', "WGA"),
            ('The AMPTP met. "What we offered is generous," the alliance said.', "AMPTP"),
            ('The AMPTP met. "Our offer is fair," the studios said.', "AMPTP"),
            ('Talks resumed. "Our offer is fair," the studios said.', "the studios"),
            ('SAG-AFTRA and Netflix met. "It went well," the company said.', "Netflix"),
            (
                'SAG-AFTRA walked out. The union said in a statement: "We had no choice."',
                "SAG-AFTRA",
            ),
            # no union named: no one to stand for
            ('Equity held a rally. "We stand with you," the union said.', None),
            # "the company" is no union
            ('SAG-AFTRA met. "It went well," the company said.', None),
            # a union the library does not know is named: "the union" may be it
            (
                (
                    'The United Auto Workers struck. Like SAG-AFTRA, it fears automation. "We are not '
                    'going back," the union said.'
                ),
                None,
            ),
            ('The Teamsters met. SAG-AFTRA met. "We had no choice," the union said.', None),
            # "the company" is one named in its sentence or the one before: not Netflix here
            (
                (
                    "Netflix shares rose this year. Analysts expect more of the same. Ford said talks "
                    'with the union continue. "We are close," the company said.'
                ),
                None,
            ),
            ('The Teamsters met. The AMPTP met. "It is fair," the alliance said.', "AMPTP"),
            # known unions by their long names are no other union
            (
                (
                    "The Screen Actors Guild-American Federation of Television and Radio Artists met. "
                    '"No," the union said.'
                ),
                "SAG-AFTRA",
            ),
        ],
    )
    def test_an_organisation_by_what_it_is(self, text, speaker):
        """A quotation with no one to say it is none (see find_quotes)."""
        names = [getattr(quote.speaker, "name", None) for quote in story(text).quotes]
        assert names == ([speaker] if speaker else [])

    @pytest.mark.parametrize(
        "opening",
        ["According to the AMPTP,", "According to a statement from the AMPTP,", "Per the AMPTP,"],
    )
    def test_according_to_opening_the_sentence(self, opening):
        text = f'{opening} its proposal "protects performers" and needs their consent.'
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, aistrike.Organization)
        assert quote.speaker.name == "AMPTP"

    @pytest.mark.parametrize("opening", ["Per", "According to"])
    def test_a_person_in_the_according_to_clause(self, opening):
        text = (
            f"{opening} SAG-AFTRA chief negotiator Duncan Crabtree-Ireland, the offer would let "
            'the studios "own that scan" forever.'
        )
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, Person)
        assert quote.speaker.name == "Duncan Crabtree-Ireland"

    def test_per_inside_a_sentence_reports_nothing(self):
        text = (
            "Realeyes paid $150 per hour. The AMPTP wants to scan background actors for a day's "
            "pay, per the union."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.reported_by is None

    def test_a_role_then_the_name_after_the_quotation(self):
        text = '"We have a deal," the union\'s president, Fran Drescher, said in a statement.'
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, Person)
        assert quote.speaker.name == "Fran Drescher"

    def test_a_speaker_with_an_age_after_the_quotation(self):
        (quote,) = story('"I earned $12,000," Sarah Jones, 34, a background actor, said.').quotes
        assert quote.speaker == Person("Sarah Jones", role="background actor")

    def test_according_to_someone_not_named_is_no_speaker(self):
        text = 'According to the union, the studios said the plan "protects performers."'
        assert story(text).quotes == ()

    def test_a_name_after_wrote_is_no_speaker_without_a_quotation(self):
        assert story("She wrote Marcus Bell a letter about the strike.").people == ()

    def test_a_quotation_of_two_sentences_then_its_speaker(self):
        text = '"It is unfair. Make it make sense," wrote the actor Marcus Bell on Tuesday.'
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Marcus Bell", role="actor")
        assert quote.text == "It is unfair. Make it make sense,"

    @pytest.mark.parametrize("place", ["outside", "at", "near"])
    def test_a_place_is_no_speaker(self, place):
        text = f'Speaking to reporters {place} Paramount, she said it was "a warning sign for us."'
        assert [q.speaker for q in story(text).quotes if q.speaker is not None] == []

    def test_told_names_the_listener(self):
        """'..., told The Intercept' does not make the publication the speaker."""
        text = 'Rob Delaney, who appeared in "Catastrophe", told The Intercept it was grim.'
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        "between",
        [" ", "\n\n"],  # the same paragraph, or the next one
    )
    def test_a_quotation_that_goes_on(self, between):
        text = (
            '"It is a staggering sum," said Ann Lee, a character actor who has been picketing.'
            f'{between}"Nine hundred grand would cover health insurance for dozens of us."'
        )
        first, second = story(text).quotes
        assert first.speaker == second.speaker == Person("Ann Lee", role="character actor")

    @pytest.mark.parametrize(
        "after",
        [
            ' Bob Ray said no. "Nine hundred grand would cover dozens of us."',  # someone else
            ' "Black Mirror" is a show.',  # a title, not a quoted sentence
            ' The AMPTP replied: "Nine hundred grand is not the point."',  # not opening a sentence
            '\n\nWriters marched.\n\n"Nine hundred grand would cover dozens of us."',  # too far on
        ],
    )
    def test_a_quotation_that_does_not_go_on(self, after):
        text = f'"It is a staggering sum," said Ann Lee, a character actor.{after}'
        speakers = [q.speaker for q in story(text).quotes]
        assert Person("Ann Lee", role="character actor") in speakers
        assert speakers.count(Person("Ann Lee", role="character actor")) == 1

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('Ann Lee said so. "It is unfair," she told Variety.', "Ann Lee"),
            (
                'Ann Lee said so. Bob Ray said no. "It is unfair," he said.',
                "Bob Ray",
            ),  # the last named
            ('"It is unfair," he said.', None),  # no one named before
        ],
    )
    def test_he_said_after_a_quotation(self, text, speaker):
        quotes = story(text).quotes
        assert [q.speaker.name for q in quotes if isinstance(q.speaker, Person)] == (
            [speaker] if speaker else []
        )

    FAR = (  # more than PRONOUN_REACH characters from the name to the quotation
        "Actor Rob Delaney has criticised Netflix after the streaming giant advertised an AI "
        "job with a salary of up to $900,000, a sum out of all proportion to what the people "
        "who make its shows are paid. The listing, for a product manager on its machine "
        "learning platform, went up in the second week of the actors' strike. "
    )

    @pytest.mark.parametrize(
        "between",
        [
            "The Catastrophe star, who appeared in Black Mirror, said the money could go further. ",
            "The actor, who appeared in Black Mirror, said the money could go further. ",
        ],
    )
    def test_he_said_far_after_the_one_person_named_spoken_of_again(self, between):
        text = f'{self.FAR}{between}"It is just ghoulish, and I will keep saying so," he said.'
        assert only_quote(text)[0] == "Rob Delaney"

    @pytest.mark.parametrize(
        "between",
        [
            # no one spoken of again: "he" may be anyone
            "Critics on social media were less interested in the fine print of the deal. ",
            # someone else named before the pronoun
            "The union's Ann Okafor, a background actor, said the money could go further. ",
        ],
    )
    def test_he_said_far_after_a_name_with_no_one_spoken_of_again(self, between):
        text = f'{self.FAR}{between}"It is just ghoulish, and I will keep saying so," he said.'
        speakers = [getattr(q.speaker, "name", None) for q in story(text).quotes]
        assert "Rob Delaney" not in speakers

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                'Actress Jo Marr read the ad. She wrote on Instagram: "Not one cent for us."',
                "Jo Marr",
            ),
            ('Ann Lee said so. Bob Ray said no. He told reporters, "It is unfair."', "Bob Ray"),
            ('He said: "It is unfair."', None),  # no one named before
            (  # the comma that closes an apposition around the name
                'One extra, an actor named Paolo Brandt, said he needed it. "I am not proud," he said.',
                "Paolo Brandt",
            ),
        ],
    )
    def test_she_wrote_before_a_quotation(self, text, speaker):
        quotes = story(text).quotes
        assert [q.speaker.name for q in quotes if isinstance(q.speaker, Person)] == (
            [speaker] if speaker else []
        )

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (  # the listener after "told", before the quotation
                (
                    "Actor Rob Delaney spoke out. He told The Intercept that the salary "
                    '"could cover thirty-five of us."'
                ),
                "Rob Delaney",
            ),
            (  # who a relative clause after the speaker names
                (
                    "The AMPTP, which represents Netflix, Disney, Amazon and other studios, said "
                    'the proposal "protects performers\' digital likeness."'
                ),
                "AMPTP",
            ),
            (  # a clause that opens before every name: no one named speaks, the listing does
                (
                    "Netflix is hiring a product manager for $900,000. The posting, which was "
                    'first reported by The Intercept, says the company wants someone to "lead our '
                    'platform."'
                ),
                "job listing",
            ),
            # a clause that closed before the name
            (
                'After talks, which ran for weeks, Fran Drescher said: "We are done."',
                "Fran Drescher",
            ),
        ],
    )
    def test_a_name_that_does_not_speak(self, text, speaker):
        (quote,) = story(text).quotes
        who = quote.speaker
        assert (who.kind if isinstance(who, aistrike.Document) else who.name) == speaker

    def test_verb_far_before_the_quote(self):
        text = (
            "Actor Rob Delaney told The Intercept that the top of that range "
            '"could pay for health coverage for dozens of us."'
        )
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Rob Delaney", role="actor")

    def test_a_that_clause_between_the_verb_and_the_quote(self):
        text = (
            "Duncan Crabtree-Ireland said at a press conference on July 13 that the studios had "
            'proposed that background performers "should be able to be scanned."'
        )
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, Person)
        assert quote.speaker.name == "Duncan Crabtree-Ireland"

    def test_a_role_after_four_words(self):
        text = '"No," Rob Delaney, the Catastrophe and Black Mirror star, wrote.'
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Rob Delaney", role="star")

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ('"It will not stay there," said general secretary Paul Fleming.', "general secretary"),
            (
                '"It will not stay there," said Equity general secretary Paul Fleming.',
                "general secretary",
            ),
            ('Union organiser Paul Fleming said: "It will not stay there."', "union organiser"),
            ('"It will not stay there," said Paul Fleming, a union official.', "union official"),
            ('"It will not stay there," said the media scholar Paul Fleming.', "scholar"),
            ('"It will not stay there," said Paul Fleming, a labour historian.', "historian"),
            (
                '"It will not stay there," said Paul Fleming, a voice actor in Burbank.',
                "voice actor",
            ),
            ('"It will not stay there," said Paul Fleming, a character actor.', "character actor"),
            (  # a long clause after the role
                (
                    '"It will not stay there," said Paul Fleming, a background actor who has '
                    "picketed outside Netflix's Hollywood office for two weeks."
                ),
                "background actor",
            ),
        ],
    )
    def test_more_roles(self, text, role):
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Paul Fleming", role=role)

    def test_the_statement_said(self):
        text = (
            "In a statement, the AMPTP said that account was false. "
            '"Our proposal limits the use of a replica to one film," the statement said. '
            '"Any other use requires consent."'
        )
        quotes = story(text).quotes
        assert [q.speaker for q in quotes] == [
            aistrike.Organization("AMPTP", aistrike.OrganizationKind.TRADE_ASSOCIATION)
        ] * 2

    @pytest.mark.parametrize(
        "text",
        [
            'Actor Rob Delaney called the listing "ghoulish" in an interview.',
            'Rob Delaney, a member of both unions, called the listing "ghoulish".',
            'Actor Rob Delaney described the listing as "ghoulish".',
            'Actor Rob Delaney has called the listing "ghoulish".',  # an auxiliary between
            'Actor Rob Delaney has also described the listing as "ghoulish".',
            # a noun between the studios' and the quotation: his word about their offer
            'Actor Rob Delaney called the studios\' offer "ghoulish".',
        ],
    )
    def test_a_word_someone_called_something(self, text):
        assert only_quote(text) == ("Rob Delaney", "ghoulish")

    @pytest.mark.parametrize(
        "text",
        [
            'Rob Delaney starred in a show called "Catastrophe".',
            (  # the studios' word, which he quotes
                "SAG-AFTRA chief negotiator Duncan Crabtree-Ireland described what he called "
                'the studios\' "groundbreaking" AI proposal.'
            ),
        ],
    )
    def test_no_ones_word_or_someone_elses(self, text):
        assert story(text).quotes == ()

    def test_a_listings_words_go_on_in_no_quotation(self):
        text = (
            'Disney posted a job for a senior AI engineer to "drive innovation across our '
            'pipelines." "They plead poverty and then post this."'
        )
        assert [q.text for q in story(text).quotes] == ["drive innovation across our pipelines."]

    def test_the_statement_of_no_one_named(self):
        text = '"Our proposal limits the use of a replica to one film," the statement said.'
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        "text",
        [
            'As actor Rob Delaney put it: "That is just ghoulish."',
            'Actor Rob Delaney put it bluntly: "That is just ghoulish."',
        ],
    )
    def test_as_someone_put_it(self, text):
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Rob Delaney", role="actor")

    def test_a_verb_too_far_from_the_quotation(self):
        text = (
            "The union said at a press conference on July 13 in Los Angeles before "
            'a crowd of reporters and members "should be able to be scanned."'
        )
        assert story(text).quotes == ()

    @pytest.mark.parametrize(
        "opening",
        [
            "Sag-Aftra's chief negotiator, Duncan Crabtree-Ireland, said",
            "Duncan Crabtree-Ireland, Sag-Aftra's chief negotiator, said",
            "Duncan Crabtree-Ireland said",
        ],
    )
    def test_the_person_a_sentence_is_by(self, opening):
        text = (
            f"{opening} last week that studios had proposed that background performers could "
            "be scanned, paid for one day's work, and that the studio would then \"own that "
            'scan, their image, their likeness" forever.'
        )
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, Person)
        assert quote.speaker.name == "Duncan Crabtree-Ireland"

    def test_the_person_a_sentence_is_by_named_again_with_someone_else(self):
        text = (
            "Duncan Crabtree-Ireland said last week, after talks, that Fran Drescher, standing "
            'with him, had, in her view, "said enough."'
        )
        assert [q.speaker for q in story(text).quotes] == [None] * len(story(text).quotes)

    def test_a_surname_after_the_full_name(self):
        text = 'Actor Rob Delaney spoke first. "This is the future they want," Delaney wrote.'
        (quote,) = story(text).quotes
        assert quote.speaker == Person("Rob Delaney", role="actor")
        assert story(text).people == (Person("Rob Delaney", role="actor"),)

    def test_a_surname_after_another_first_name_is_someone_else(self):
        """'Spike Lee' is not Ann Lee: the comparison has no speaker."""
        text = (
            "Ann Lee said so. Netflix is hiring an AI product manager for $900,000 a year. "
            "The salary could qualify 35 actors for health insurance, as Spike Lee's fans pointed out."
        )
        (comparison,) = story(text).comparisons
        assert comparison.speaker is None

    def test_a_surname_two_people_share_is_no_one(self):
        text = 'Ann Lee said so. Bo Lee said no. "Yes," Lee wrote.'
        assert story(text).quotes == ()

    def test_a_spokesperson_speaks_for_the_organisation(self):
        (quote,) = story('"The claim is false," an AMPTP spokesperson said.').quotes
        assert isinstance(quote.speaker, aistrike.Organization)
        assert isinstance(quote.speaker, aistrike.Organization)
        assert quote.speaker.name == "AMPTP"

    def test_said_the_actor_after_the_quote(self):
        (quote,) = story('"It is grim," said the actor Rob Delaney.').quotes
        assert quote.speaker == Person("Rob Delaney", role="actor")

    @pytest.mark.parametrize(
        ("text", "words", "role"),
        [
            (
                "Actor Rob Delaney told a reporter: 'It is just ghoulish.'",
                "It is just ghoulish.",
                "actor",
            ),
            ("‘It is just ghoulish,’ said Rob Delaney.", "It is just ghoulish,", None),
            (  # apostrophes and a plural's mark inside the quotation
                "'The actors' union can't accept it,' Rob Delaney said.",
                "The actors' union can't accept it,",
                None,
            ),
        ],
    )
    def test_single_quotation_marks(self, text, words, role):
        (quote,) = story(text).quotes
        assert (quote.speaker, quote.text) == (Person("Rob Delaney", role=role), words)
        assert text[quote.evidence[0].start : quote.evidence[0].end] == words

    def test_single_marks_inside_double_ones_stay_inside(self):
        (quote,) = story("\"He called it 'ghoulish' twice,\" Rob Delaney said.").quotes
        assert quote.text == "He called it 'ghoulish' twice,"

    @pytest.mark.parametrize("verb", ["claimed", "insisted", "responded"])
    def test_a_quoted_phrase_someone_claimed(self, verb):
        text = (
            "Performers could be scanned and owned by the studio 'for the rest of eternity', "
            f"SAG-AFTRA's chief negotiator Duncan Crabtree-Ireland {verb}."
        )
        (quote,) = story(text).quotes
        assert isinstance(quote.speaker, Person)
        assert (quote.speaker.name, quote.text) == (
            "Duncan Crabtree-Ireland",
            "for the rest of eternity",
        )


class TestActions:
    def test_date_in_a_relative_clause(self):
        """The WGA's own clause dates the WGA, though SAG-AFTRA 'joined' it."""
        text = (
            "SAG-AFTRA went on strike on 14 July, joining the Writers Guild of America, "
            "whose members have been out since May 2."
        )
        started = {a.union.name: a.started for a in story(text).labour_actions}
        assert started == {
            "SAG-AFTRA": datetime.date(2023, 7, 14),
            "WGA": datetime.date(2023, 5, 2),
        }

    def test_a_date_in_a_clause_with_its_own_subject(self):
        """ "where the WGA has been on strike since May 2": the WGA's day, though SAG-AFTRA joined."""
        text = "SAG-AFTRA members joined writers at Paramount, where the WGA has been on strike since May 2."
        started = {a.union.name: a.started for a in story(text).labour_actions}
        assert started == {"SAG-AFTRA": None, "WGA": datetime.date(2023, 5, 2)}

    def test_a_date_in_a_clause_about_other_members(self):
        """The writers' date is not SAG-AFTRA's, and the WGA, not named, gets no strike."""
        text = "SAG-AFTRA is on strike. Actors joined writers who have been on strike since May 2."
        (action,) = story(text).labour_actions
        assert (action.union.name, action.started) == ("SAG-AFTRA", None)

    @pytest.mark.parametrize(
        ("before", "started"),
        [
            # "It" stands for the one union of the sentence before: SAG-AFTRA's day
            (
                "The SAG-AFTRA strike is a dispute with the studios over pay and AI.",
                {"SAG-AFTRA": datetime.date(2023, 7, 14), "WGA": datetime.date(2023, 5, 2)},
            ),
            # no union before: "It" stands for nothing known, and July 14 is no one's day
            ("Picket lines stretched down the block.", {"WGA": datetime.date(2023, 5, 2)}),
        ],
    )
    def test_it_began_is_not_the_union_named_after(self, before, started):
        text = (
            f"{before} It began on July 14 and overlapped with the Writers Guild of America "
            "strike, which had begun on May 2."
        )
        assert {a.union.name: a.started for a in story(text).labour_actions} == started

    @pytest.mark.parametrize(
        "text",
        [
            "SAG-AFTRA has been on strike since the 14th of July.",
            "SAG-AFTRA has been on strike since Friday, July 14.",
        ],
    )
    def test_the_day_it_began_written_out(self, text):
        (action,) = story(text).labour_actions
        assert action.started == datetime.date(2023, 7, 14)

    def test_a_date_before_the_union_is_still_its_own(self):
        (action,) = story("On July 14, SAG-AFTRA went on strike.").labour_actions
        assert action.started == datetime.date(2023, 7, 14)

    def test_members_called_out(self):
        (action,) = story("Sag-Aftra called its members out on 14 July.").labour_actions
        assert action.started == datetime.date(2023, 7, 14)

    def test_a_hedged_cue_then_a_real_one(self):
        text = "The WGA, which could strike again next year, has been on strike since May 2."
        (action,) = story(text).labour_actions
        assert action.started == datetime.date(2023, 5, 2)

    def test_not_ended_is_still_on(self):
        (action,) = story("The WGA has not ended its strike.").labour_actions
        assert action.union.name == "WGA"

    def test_the_may_strike_is_a_strike(self):
        (action,) = story("The WGA's May strike goes on.").labour_actions
        assert action.union.name == "WGA"

    def test_both_guilds_want(self):
        text = (
            "SAG-AFTRA joined the WGA on strike on July 14. Both guilds want limits on the use "
            "of artificial intelligence, along with higher residuals."
        )
        demands = {a.union.name: set(a.demands) for a in story(text).labour_actions}
        both = {aistrike.Demand.AI_PROTECTION, aistrike.Demand.RESIDUALS}
        assert demands == {"SAG-AFTRA": both, "WGA": both}

    def test_actors_want_a_bigger_share(self):
        text = (
            "SAG-AFTRA joined the WGA on strike on July 14. Actors want a bigger share of "
            "streaming revenue, more transparency about viewership data, improvements to their "
            "health and pension plans, and consent for digital replicas."
        )
        demands = {a.union.name: set(a.demands) for a in story(text).labour_actions}
        assert demands["SAG-AFTRA"] == {
            aistrike.Demand.TRANSPARENCY,
            aistrike.Demand.HEALTH_AND_PENSION,
            aistrike.Demand.AI_PROTECTION,
        }
        assert demands["WGA"] == set()

    @pytest.mark.parametrize(
        ("text", "demands"),
        [
            ("SAG-AFTRA is on strike, and Netflix is hiring for an AI job.", set()),
            ("SAG-AFTRA, on strike, resents the AI product manager role.", set()),
            ("Striking SAG-AFTRA members fear the AI engineers of the studios.", set()),
            ("SAG-AFTRA is on strike over AI.", {aistrike.Demand.AI_PROTECTION}),
            ("SAG-AFTRA is on strike over AI and jobs.", {aistrike.Demand.AI_PROTECTION}),
            ("SAG-AFTRA is on strike as Netflix lists an artificial intelligence job.", set()),
            ("SAG-AFTRA is on strike as Netflix lists an AI-focused product manager job.", set()),
            (
                "The WGA is on strike and wants limits on AI-written scripts.",
                {aistrike.Demand.AI_PROTECTION},
            ),
            (
                "SAG-AFTRA is on strike over artificial intelligence.",
                {aistrike.Demand.AI_PROTECTION},
            ),
        ],
    )
    def test_an_ai_post_is_no_demand(self, text, demands):
        (action,) = story(text).labour_actions
        assert set(action.demands) == demands

    @pytest.mark.parametrize(
        ("text", "demands"),
        [
            ("The WGA is on strike. The WGA wants a ban on AI-written scripts.", {"AI protection"}),
            (
                "SAG-AFTRA is on strike. Actors want consent before a digital replica is made.",
                {"AI protection"},
            ),
            (
                "SAG-AFTRA is on strike. What do the actors want? Higher base pay and rules on AI.",
                {"pay", "AI protection"},
            ),
            # a question answered by a sentence that names another union: that union's
            ("SAG-AFTRA is on strike. What do actors want? The WGA wants AI rules.", set()),
            ("SAG-AFTRA is on strike. Where are the actors? AI is everywhere.", set()),
            (
                "SAG-AFTRA is on strike. Actors are asking for better pay and protections from AI.",
                {"pay", "AI protection"},
            ),
            ("SAG-AFTRA is on strike. Asked for comment on AI, SAG-AFTRA declined.", set()),
        ],
    )
    def test_what_a_union_wants(self, text, demands):
        actions = story(text).labour_actions
        action = next(a for a in actions if a.union.name in text[:12])  # the union striking
        assert set(action.demands) == demands

    def test_what_the_unions_are_fighting_over(self):
        text = (
            "SAG-AFTRA and the WGA are on strike. Both unions are fighting over residuals from "
            "streaming and the use of artificial intelligence."
        )
        for action in story(text).labour_actions:
            assert set(action.demands) == {aistrike.Demand.RESIDUALS, aistrike.Demand.AI_PROTECTION}

    def test_wanted_by_someone_else_is_no_demand(self):
        text = "The WGA is on strike. The studios can use the scan in any project they want."
        (action,) = story(text).labour_actions
        assert len(action.evidence) == 1

    def test_its_members_stand_for_the_one_union(self):
        text = "SAG-AFTRA spoke to game studios. Its members have been on strike since July 14."
        (action,) = story(text).labour_actions
        assert action.started == datetime.date(2023, 7, 14)

    def test_the_guild_opening_a_sentence_is_the_union_just_named(self):
        text = (
            "Members of the Screen Actors Guild-American Federation of Television and Radio "
            "Artists entered their second week on strike. The guild's 160,000 members walked out "
            "July 14. Screenwriters in the Writers Guild of America have been striking since May 2."
        )
        starts = {a.union.name: a.started for a in story(text).labour_actions}
        assert starts == {"SAG-AFTRA": datetime.date(2023, 7, 14), "WGA": datetime.date(2023, 5, 2)}

    @pytest.mark.parametrize(
        "text",
        [
            # two unions in the sentence before: which one is meant is not said
            "SAG-AFTRA and the WGA met. The union walked out July 14.",
            # not the subject: the auto workers strike, whatever the union says
            "SAG-AFTRA met. Auto workers are on strike from July 14, and the union says so.",
        ],
    )
    def test_the_union_that_names_no_one(self, text):
        assert [a.union.name for a in story(f"{text} The WGA is on strike.").labour_actions] == [
            "WGA"
        ]

    @pytest.mark.parametrize(
        ("text", "started", "ended"),
        [
            ("The WGA ended its own strike on Sept. 27 after 148 days.", None, "2023-09-27"),
            ("The WGA strike, which began May 2, ended on Sept. 27.", "2023-05-02", "2023-09-27"),
            (
                "The WGA walked out on May 2 and called off the strike on Sept. 27.",
                "2023-05-02",
                "2023-09-27",
            ),
            ("The WGA strike will end on Friday, the union said.", None, None),  # not yet
            (
                (
                    "WGA members were cleared to return to work on Wednesday, September 27, "
                    "ending a strike that began on May 2."
                ),
                "2023-05-02",
                "2023-09-27",
            ),
            ("The WGA ended a strike that began on May 2.", "2023-05-02", None),
            (  # "until" after a negation: the day it began
                "The writers walked out; SAG-AFTRA actors did not join them until July 14.",
                "2023-07-14",
                None,
            ),
            (  # a time between the verb and the day
                "SAG-AFTRA's strike ended at 12:01 a.m. on Thursday, November 9, after 118 days.",
                None,
                "2023-11-09",
            ),
            (
                (
                    "SAG-AFTRA members returned to work on Thursday, November 9, ending a "
                    "walkout that began on July 14."
                ),
                "2023-07-14",
                "2023-11-09",
            ),
            (
                "The SAG-AFTRA strike lasted from July 14 until November 9.",
                "2023-07-14",
                "2023-11-09",
            ),
            (
                "SAG-AFTRA walked out on July 14. The actors held out until November 9.",
                "2023-07-14",
                "2023-11-09",
            ),
            (  # a day after publication has not come
                "SAG-AFTRA, on strike since July 14, will stay out until November 30.",
                "2023-07-14",
                None,
            ),
            (  # the present tense of a timeline
                "SAG-AFTRA reaches a deal. The strike ends at 12:01 a.m. on November 9.",
                None,
                "2023-11-09",
            ),
            (  # ... but not a day that has not come
                "SAG-AFTRA struck on July 14. The strike ends on November 30.",
                "2023-07-14",
                None,
            ),
        ],
    )
    def test_the_day_a_strike_ended_is_no_start(self, text, started, ended):
        (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert (str(action.started) if action.started else None) == started
        assert (str(action.ended) if action.ended else None) == ended

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Bo Lee said no. The WGA struck.", 2),
            ("The WGA ranked No. 5 on the list. It struck.", 2),
            ("Zoë Lee said no. The WGA struck.", 2),
        ],
    )
    def test_no_at_the_end_of_a_sentence(self, text, count):
        assert len(sentence_texts(text)) == count

    def test_a_list_of_bullets_is_a_sentence_each(self):
        text = (
            "Netflix slammed over AI job\n"
            "- The streamer offers up to $900,000 for a product manager\n"
            "- It comes as SAG-AFTRA members, who walked out on July 14, fear digital doubles\n"
            "• The AMPTP says the claims are false"
        )
        found = aistrike.extract(text, published=datetime.date(2023, 7, 26))
        (action,) = found.labour_actions
        (span,) = action.evidence
        assert text[span.start : span.end].startswith("- It comes as")
        assert (str(action.started), action.demands) == (
            "2023-07-14",
            (aistrike.Demand.AI_PROTECTION,),
        )
        assert found.likeness_proposals == ()  # the AMPTP's line is no proposal of the first

    def test_time_stamped_and_numbered_lines_are_a_sentence_each(self):
        text = "Show notes\n03:15 - The job ad\n1:02:03 Next up\n2) Background actors\n3. Scans"
        assert sentence_texts(text) == [
            "Show notes",
            "03:15 - The job ad",
            "1:02:03 Next up",
            "2) Background actors",
            "3.",  # a full stop and a space end a sentence, as elsewhere
            "Scans",
        ]

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("The SAG-AFTRA strike officially began at midnight Friday (July 14).", "2023-07-14"),
            ("SAG-AFTRA walked out at 12:01 a.m. on July 14.", "2023-07-14"),
            # a deal on a day is no start, though a weekday and a bracket come before it
            ("SAG-AFTRA, on strike, reached a deal on Wednesday (Nov. 8).", None),
        ],
    )
    def test_a_time_weekday_or_bracket_before_the_start(self, text, started):
        (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert (str(action.started) if action.started else None) == started

    def test_a_name_ending_a_sentence_ends_it(self):
        text = "Picket lines formed at Warner Bros. SAG-AFTRA members went on strike on July 14."
        assert len(story(text).labour_actions[0].evidence) == 1
        assert sentence_texts(text)[0] == "Picket lines formed at Warner Bros."

    def test_a_time_of_day_ends_no_sentence(self):
        text = (
            "SAG-AFTRA said the walkout ended at 12:01 a.m. Thursday, with the AMPTP deal. "
            "The union's members had been on strike since July 14. The WGA had struck too."
        )
        actions = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert {a.union.name: str(a.started) for a in actions}["SAG-AFTRA"] == "2023-07-14"

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("SAG-AFTRA members walked off the job on July 14.", "2023-07-14"),
            (
                (
                    "The Screen Actors Guild called a strike on July 13, which took effect at "
                    "12:01 a.m. on July 14."
                ),
                "2023-07-14",
            ),
            ("SAG-AFTRA called a strike on July 13.", None),  # the day it was called
            ("SAG-AFTRA launched its strike on Friday.", "2023-07-21"),
        ],
    )
    def test_the_day_a_strike_began(self, text, started):
        (action,) = story(text).labour_actions
        assert (str(action.started) if action.started else None) == started

    @pytest.mark.parametrize(
        ("timeline", "expected"),
        [
            (
                (
                    "- May 2: The Writers Guild of America goes on strike.\n"
                    "- July 13: SAG-AFTRA's board votes to strike.\n"
                    "- July 14: Actors join writers on the picket lines."
                ),
                {"WGA": ("2023-05-02", None), "SAG-AFTRA": ("2023-07-14", None)},
            ),
            (  # no bullets, dashes after the dates, and the end of a strike
                "May 2 – WGA members walk out\nSept. 27 – The WGA strike ends",
                {"WGA": ("2023-05-02", "2023-09-27")},
            ),
            (  # the writers are joined by actors of no union the article names
                "May 1: Talks with the WGA fail.\nJuly 14: Actors join writers on the picket lines.",
                {"WGA": (None, None)},
            ),
            (
                "Oct 11: Talks with SAG-AFTRA fail, and the strike goes on.",
                {"SAG-AFTRA": (None, None)},
            ),
            (  # "The strike" after a line's date: the one union, whose strike is told of
                (
                    "July 13: Talks between SAG-AFTRA and the AMPTP collapse.\n\n"
                    "July 14: The strike begins at midnight.\n\n"
                    "Nov. 8: SAG-AFTRA reaches a deal. The strike ends on November 9."
                ),
                {"SAG-AFTRA": ("2023-07-14", "2023-11-09")},
            ),
            (  # ... not when the text names another union
                (
                    "July 13: SAG-AFTRA's talks collapse. The strike is on.\n\n"
                    "July 14: The strike begins at midnight, as the UAW watches."
                ),
                {"SAG-AFTRA": (None, None)},
            ),
        ],
    )
    def test_a_date_heading_a_line_of_a_timeline(self, timeline, expected):
        actions = aistrike.extract(timeline, published=datetime.date(2023, 11, 10)).labour_actions
        assert {
            a.union.name: (
                str(a.started) if a.started else None,
                str(a.ended) if a.ended else None,
            )
            for a in actions
        } == expected

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            (
                "The WGA, whose contract expired on May 1, began striking the next day.",
                "2023-05-02",
            ),
            (
                (
                    "SAG-AFTRA's national board voted unanimously on July 13 to call a strike, "
                    "which began the following day."
                ),
                "2023-07-14",
            ),
            ("SAG-AFTRA met on July 12, and its strike began a day later.", "2023-07-13"),
            (
                "SAG-AFTRA's board voted on July 13, and members walked out on July 14.",
                "2023-07-14",
            ),
            ("SAG-AFTRA went on strike the next day.", None),  # no day before it
        ],
    )
    def test_the_day_after_and_the_day_of_another_event(self, text, started):
        (action,) = story(text).labour_actions
        assert (str(action.started) if action.started else None) == started

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            (
                "The WGA and SAG-AFTRA went on strike on May 2 and July 14 respectively.",
                {"WGA": "2023-05-02", "SAG-AFTRA": "2023-07-14"},
            ),
            (
                "The WGA and SAG-AFTRA went on strike on May 2, and July 14, respectively.",
                {"WGA": "2023-05-02", "SAG-AFTRA": "2023-07-14"},
            ),
            (  # one date for two unions "respectively": no guess (it was the second union's)
                "The WGA and SAG-AFTRA went on strike on May 2 to much fanfare, respectively.",
                {"WGA": None, "SAG-AFTRA": None},
            ),
        ],
    )
    def test_days_respectively(self, text, started):
        actions = story(text).labour_actions
        assert {a.union.name: str(a.started) if a.started else None for a in actions} == started

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("On July 14, SAG-AFTRA joined the WGA on the picket lines.", "2023-07-14"),
            ("On July 14, SAG-AFTRA went on strike.", "2023-07-14"),
            ("On July 13, SAG-AFTRA's board voted to strike.", None),
            # counted back from publication (2023-07-27)
            ("SAG-AFTRA has been on strike for 13 days.", "2023-07-14"),
            ("SAG-AFTRA members have been picketing for 13 days.", "2023-07-14"),
            ("The SAG-AFTRA strike, now in its 14th day, goes on.", "2023-07-14"),
            ("The SAG-AFTRA strike lasted for 118 days.", None),  # over: not counted back
        ],
    )
    def test_a_date_opening_the_sentence_and_days_counted_back(self, text, started):
        (action,) = [a for a in story(text).labour_actions if a.union.name == "SAG-AFTRA"]
        assert (str(action.started) if action.started else None) == started

    @pytest.mark.parametrize(
        "text",
        [
            (
                "In 1960, the Screen Actors Guild went on strike for the first time. "
                "The walkout began on March 7 and lasted six weeks."
            ),
            "In 1960, SAG-AFTRA's forerunner walked out. Its strike began on March 7.",
        ],
    )
    def test_the_strike_of_a_sentence_telling_history_is_history(self, text):
        assert aistrike.extract(text, published=datetime.date(2023, 3, 2)).labour_actions == ()

    def test_the_strike_after_a_sentence_naming_no_union_is_the_one_union_on_strike(self):
        text = (
            "The contract that ended SAG-AFTRA's 118-day strike requires consent. "
            "The AMPTP denied that. The strike began on July 14 and ended on November 9."
        )
        (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert (str(action.started), str(action.ended)) == ("2023-07-14", "2023-11-09")

    @pytest.mark.parametrize(
        "text",
        [
            # the one union named, but never with a strike
            "SAG-AFTRA health insurance is costly. The AMPTP met. The strike began on July 14.",
            # another union the library does not know
            "SAG-AFTRA is on strike. The UAW met. The strike began on September 15.",
        ],
    )
    def test_the_strike_after_a_sentence_naming_no_union_is_none_of_these(self, text):
        assert all(action.started is None for action in story(text).labour_actions)

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("A year ago today, SAG-AFTRA's members went on strike.", "2022-07-27"),
            ("Two weeks ago today, SAG-AFTRA members walked off the job.", "2023-07-13"),
            ("Exactly 3 months ago today, the WGA went on strike.", "2023-04-27"),
        ],
    )
    def test_a_strike_that_began_some_time_ago_today(self, text, started):
        (action,) = story(text).labour_actions
        assert str(action.started) == started

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("Today, the members of SAG-AFTRA begin a strike against the studios.", "2023-07-27"),
            ("LOS ANGELES (July 14, 2023) - Today, SAG-AFTRA members go on strike.", "2023-07-14"),
            ("SAG-AFTRA's strike began its third week today.", None),
            ("SAG-AFTRA's board votes today to go on strike.", None),  # called, not begun
            ("SAG-AFTRA actors joined writers on the picket lines today.", None),  # a rally
        ],
    )
    def test_a_strike_that_begins_today(self, text, started):
        (action,) = story(text).labour_actions
        assert (str(action.started) if action.started else None) == started

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            ("SAG-AFTRA members picket outside the studios.", None),
            ("SAG-AFTRA members picketed Netflix on Friday.", None),
            ("SAG-AFTRA members downed tools on 14 July 2023.", datetime.date(2023, 7, 14)),
            (
                "SAG-AFTRA members have been off the job since July 14, 2023.",
                datetime.date(2023, 7, 14),
            ),
            ("July 14, 2023: SAG-AFTRA walks out.", datetime.date(2023, 7, 14)),
            ("SAG-AFTRA members stopped work on July 14.", datetime.date(2023, 7, 14)),
        ],
    )
    def test_other_words_for_a_strike(self, text, started):
        (action,) = story(text).labour_actions
        assert action.union.name == "SAG-AFTRA"
        assert action.started == started

    @pytest.mark.parametrize("opening", ["The gap is at the center of", "It is at the center of"])
    def test_the_union_named_after_the_start_and_when(self, opening):
        text = f"{opening} a strike that began on July 14, when SAG-AFTRA joined the WGA."
        started = {a.union.name: a.started for a in story(text).labour_actions}
        assert started == {"SAG-AFTRA": datetime.date(2023, 7, 14), "WGA": None}

    @pytest.mark.parametrize(
        ("text", "started", "ended"),
        [
            (
                "SAG-AFTRA reached a tentative agreement on Nov. 8, ending its 118-day strike.",
                None,
                datetime.date(2023, 11, 8),
            ),
            (
                "The WGA ratified its contract on Oct. 9, formally ending the writers strike.",
                None,
                datetime.date(2023, 10, 9),
            ),
            (
                "SAG-AFTRA approved a deal on Wednesday, ending a strike that began on July 14.",
                datetime.date(2023, 7, 14),
                datetime.date(2023, 11, 8),
            ),
            # "ending" something else: the day it began
            (
                "SAG-AFTRA walked out on July 14, ending weeks of talks.",
                datetime.date(2023, 7, 14),
                None,
            ),
        ],
    )
    def test_a_day_followed_by_ending_the_strike(self, text, started, ended):
        (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert (action.started, action.ended) == (started, ended)

    def test_a_month_for_the_union_of_a_relative_clause(self):
        text = (
            "Members of SAG-AFTRA have been on strike since 14 July, joining screenwriters in "
            "the Writers Guild of America, who stopped work in early May."
        )
        months = {a.union.name: str(a.started_month) for a in story(text).labour_actions}
        assert months == {"SAG-AFTRA": "None", "WGA": "2023-05"}

    @pytest.mark.parametrize(
        ("after", "demands"),
        [
            ("Artificial intelligence and residuals are among the sticking points.", 2),
            ("Higher pay is at issue.", 1),
            ("Better pay and streaming residuals are the key issues.", 2),
            ("Artificial intelligence is a hot topic in Silicon Valley.", 0),  # no cue
            ("The WGA says AI is one sticking point.", 1),  # another union: its own
            ("Its key demands include a raise in minimum pay and limits on AI.", 2),
            ("The main demands are better pay and residuals.", 2),
        ],
    )
    def test_what_the_strike_is_over_in_the_sentence_after(self, after, demands):
        actions = story(f"SAG-AFTRA walked out on July 14. {after}").labour_actions
        sag = next(a for a in actions if a.union.name == "SAG-AFTRA")
        assert len(sag.demands) == (0 if "WGA" in after else demands)

    @pytest.mark.parametrize(
        ("between", "started"),
        [("", "2023-07-14"), ("The heat was severe. ", None)],
    )
    def test_followed_right_after_a_strike(self, between, started):
        text = (
            "The Writers Guild of America has been on strike since May 2. "
            f"{between}SAG-AFTRA followed last Friday, July 14th, after talks collapsed."
        )
        actions = aistrike.extract(text, published=datetime.date(2023, 7, 20)).labour_actions
        found = {a.union.name: (str(a.started) if a.started else None) for a in actions}
        assert found.get("SAG-AFTRA") == started
        assert found["WGA"] == "2023-05-02"

    @pytest.mark.parametrize(
        ("between", "ended"),
        [("", datetime.date(2023, 11, 9)), ("The heat was severe. ", None)],
    )
    def test_back_to_work_right_after_a_strike(self, between, ended):
        text = (
            f"SAG-AFTRA went on strike on July 14. {between}"
            "The actors returned to sets on Thursday."
        )
        (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 10)).labour_actions
        assert (action.started, action.ended) == (datetime.date(2023, 7, 14), ended)

    def test_the_union_then_another_named(self):
        text = (
            "SAG-AFTRA called a strike. The 160,000-member union went on strike on July 14, "
            "joining the WGA, whose 11,500 members have been on strike since May 2."
        )
        actions = aistrike.extract(text, published=datetime.date(2023, 7, 27)).labour_actions
        assert {a.union.name: str(a.started) for a in actions} == {
            "SAG-AFTRA": "2023-07-14",
            "WGA": "2023-05-02",
        }

    @pytest.mark.parametrize(
        ("text", "started"),
        [
            (  # the writers' date, though the article names no writers' union
                "Writers have been picketing since May 2, and SAG-AFTRA actors since July 14.",
                "2023-07-14",
            ),
            ("Writers have been picketing since May 2, with SAG-AFTRA.", "None"),
            ("Actors have been picketing since July 14, SAG-AFTRA said.", "2023-07-14"),
        ],
    )
    def test_another_unions_members_date_their_own_strike(self, text, started):
        (action,) = story(text).labour_actions
        assert str(action.started) == started

    def test_a_strike_to_be_authorised_is_none(self):
        text = (
            "Video game performers represented by SAG-AFTRA are voting on whether to "
            "authorise a strike of their own."
        )
        assert story(text).labour_actions == ()

    def test_since_mid_july(self):
        (action,) = story("SAG-AFTRA has been on strike since mid-July.").labour_actions
        assert str(action.started_month) == "2023-07"

    def test_been_out_since(self):
        (action,) = story("Members of the WGA have been out since early May.").labour_actions
        assert str(action.started_month) == "2023-05"

    @pytest.mark.parametrize(
        "text",
        [
            "The WGA has been out of talks since May.",
            "WGA members were out in force.",
            "Crew members of the WGA, who are not on strike themselves, have lost work.",
            "In 2024, members of the WGA began a separate strike.",  # after publication
            "The WGA said it would consider a strike if talks failed.",
            "A WGA strike authorisation vote is expected in April.",
            "The WGA is preparing for the threat of a strike.",
            "Unlike the WGA, Equity has not called a walkout.",
            "Members of the WGA did not go on strike.",
        ],
    )
    def test_out_is_not_always_a_strike(self, text):
        assert story(text).labour_actions == ()


class TestPrecedents:
    @pytest.mark.parametrize(
        "sentence",
        [
            "It is the first time both unions have struck together since 1960.",
            "It is the first joint strike by writers and actors since 1960.",
            "The two unions last struck at the same time in 1960.",
            # "both" alone: the two unions the article names
            "It is the first time since 1960 that both have been on strike at the same time.",
            # years counted back from publication (2023), and "double" for the two
            "It is the first double strike in Hollywood in 63 years.",
            "The last time both unions struck together was in 1960.",
            "The last time the two unions went on strike simultaneously was 1960.",
            "Not since 1960 have both unions been on strike together.",
        ],
    )
    def test_forms(self, sentence):
        (precedent,) = story(f"The WGA is on strike. SAG-AFTRA joined it. {sentence}").precedents
        assert precedent.since == 1960
        assert [o.name for o in precedent.parties] == ["WGA", "SAG-AFTRA"]

    def test_not_since_of_one_union_is_no_joint_strike(self):
        text = "Not since 1960 has SAG-AFTRA struck, and the WGA is on strike too."
        assert story(text).precedents == ()

    def test_both_unions_needs_two_named(self):
        text = "The WGA is on strike. It is the first time both unions have struck since 1960."
        assert story(text).precedents == ()

    def test_years_back_need_a_publication_date(self):
        text = "The WGA and SAG-AFTRA are on strike together for the first time in 63 years."
        assert aistrike.extract(text).precedents == ()
        (precedent,) = aistrike.extract(text, published=datetime.date(2023, 7, 27)).precedents
        assert precedent.since == 1960


def postings(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.employer.name, p.title, str(p.pay) if p.pay else None) for p in story(text).job_postings
    ]


class TestListedPostings:
    INTRO = "Here is a rundown of the AI listings reported so far:\n"

    def test_a_list_of_postings(self):
        text = self.INTRO + (
            "- Netflix: product manager for its machine learning platform, up to $900,000 a year.\n"
            "- Disney: a senior engineer to work on AI across its film pipelines; no salary.\n"
            "- Amazon: an applied scientist, with a salary range of $136,000 to $260,000.\n"
            "Writers have been on strike since May.\n"
        )
        found = [(p.employer.name, p.title, str(p.pay)) for p in story(text).job_postings]
        assert found == [
            ("Netflix", "product manager", "$900,000 a year"),
            ("Disney", "senior engineer", "None"),
            ("Amazon", "applied scientist", "$136,000 to $260,000 a year"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # no title after the colon
            INTRO + "- Netflix: shares rose 3% to $430.\n- Disney: its parks grew.\n",
            # no word of hiring before the list
            "The companies to watch this week:\n- Netflix: a product manager at $900,000.\n",
            # no list: the line before does not end with a colon
            "AI listings are everywhere.\n- Netflix: a product manager at $900,000.\n",
        ],
    )
    def test_no_list_of_postings(self, text):
        assert story(text).job_postings == ()


class TestPostings:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Disney also has an opening for a senior AI engineer.",
                [("Disney", "senior AI engineer", None)],
            ),
            ("Disney has a listing up for an AI engineer.", [("Disney", "AI engineer", None)]),
            (
                "Disney is hiring too: a senior AI engineer, salary not disclosed.",
                [("Disney", "senior AI engineer", None)],
            ),
            (
                'Disney has also advertised for a "Lead AI Product Designer" in Glendale.',
                [("Disney", "Lead AI Product Designer", None)],
            ),
            (
                'Netflix wants a "Product Manager - Machine Learning Platform" at $900,000.',
                [("Netflix", "Product Manager - Machine Learning Platform", "$900,000")],
            ),
            (
                "Amazon is looking for a senior machine learning engineer.",
                [("Amazon", "senior machine learning engineer", None)],
            ),
            (  # a second title of the same cue, with its own pay (here none)
                (
                    "Netflix is also hiring a machine learning scientist, with a salary range of "
                    "$150,000 to $750,000, and a senior software engineer, for whom it lists no pay."
                ),
                [
                    ("Netflix", "machine learning scientist", "$150,000 to $750,000 a year"),
                    ("Netflix", "senior software engineer", None),
                ],
            ),
            (  # the pay before the title
                "Netflix is looking for a $900k AI product manager as actors strike.",
                [("Netflix", "AI product manager", "$900,000")],
            ),
            (
                "Netflix is seeking a $900,000-a-year AI product manager.",
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
            (  # "the top listing", set off by an aside, names the title of the one before
                (
                    "Netflix job listings show a bet on AI. The top listing, first seen by a "
                    "trade site, is for a product manager, with a pay range of $300k to $900k."
                ),
                [("Netflix", "product manager", "$300,000 to $900,000 a year")],
            ),
            (  # the title after a colon, further on than the cue
                "We discuss the Netflix job listing that went viral: a product manager, at up to $900,000.",
                [("Netflix", "product manager", "$900,000")],
            ),
            (  # "One posting, for a ...": one of the employer's postings, and "Another, for a ..."
                (
                    "Disney has at least 11 openings in AI. One posting, for a senior machine "
                    "learning engineer, lists a salary range of $136,000 to $215,000. Another, for "
                    "a research scientist, gives no figure."
                ),
                [
                    ("Disney", "senior machine learning engineer", "$136,000 to $215,000 a year"),
                    ("Disney", "research scientist", None),
                ],
            ),
            (  # the employer is not the client an aside names, also after ", a company"
                (
                    "Netflix listed a job for a product manager at up to $900,000 a year. Realeyes, "
                    "a company whose clients have included Netflix, offered actors $300 for two hours."
                ),
                [
                    ("Netflix", "product manager", "$900,000 a year"),
                    ("Realeyes", None, "$300 for 2 hours"),
                ],
            ),
            (  # paid study participants
                "Realeyes runs a study in which participants are paid $150 an hour to act out emotions.",
                [("Realeyes", None, "$150 an hour")],
            ),
            (  # the pay of a hiring sentence with no title, in the sentence right after
                "A London startup, Realeyes, is recruiting actors to pull faces. It pays $300 for two hours.",
                [("Realeyes", None, "$300 for 2 hours")],
            ),
            (  # "the advertised salary" is the posting's, not a second posting
                (
                    "Netflix is offering up to $900,000 a year for an AI specialist. According to "
                    "the union, members must earn $26,470 a year to qualify for its health plan, "
                    "so the advertised salary would cover 34 of them."
                ),
                [("Netflix", "AI specialist", "$900,000 a year")],
            ),
            (  # a person who then speaks is no second title
                "Netflix is hiring an AI product manager, and a writer who worked on a show said no.",
                [("Netflix", "AI product manager", None)],
            ),
            (  # a title with no article after "job:", and the pay in the next sentence
                "Netflix just listed a job: Product Manager, Machine Learning Platform. Pay: $300K-$900K/yr.",
                [("Netflix", "Product Manager", "$300,000 to $900,000 a year")],
            ),
            (  # no sentence ends inside an organisation's name
                "Warner Bros. Discovery is hiring a machine learning engineer for up to $200,000 a year.",
                [("Warner Bros. Discovery", "machine learning engineer", "$200,000 a year")],
            ),
            (  # a vice president's title in quotation marks, no quote of Sony's
                'Sony Pictures Entertainment posted an opening for a "Senior Vice President, AI Strategy."',
                [("Sony", "Senior Vice President, AI Strategy", None)],
            ),
            (  # the title after "a salary of" an amount
                "Netflix is dangling a salary of up to $900,000 for a product manager.",
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (  # the title after the listing's colon
                "The Netflix job ad: a product manager for its platform, at up to $900,000 a year.",
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (  # six words of title before "opening"
                (
                    "Netflix posted a Product Manager - Machine Learning Platform opening with a "
                    "listed range of $300,000 to $900,000."
                ),
                [
                    (
                        "Netflix",
                        "Product Manager - Machine Learning Platform",
                        "$300,000 to $900,000",
                    )
                ],
            ),
            (
                (
                    "Netflix has put up a listing for a Product Manager – Machine Learning Platform "
                    "with pay of up to $900,000 a year."
                ),
                [("Netflix", "Product Manager – Machine Learning Platform", "$900,000 a year")],
            ),
            (
                "Netflix seeks AI manager on £700k salary.",
                [("Netflix", "AI manager", "£700,000 a year")],
            ),
            (
                (
                    "Netflix has posted other AI-related roles, including a technical director "
                    "for its gaming studio, with a salary of up to $650,000."
                ),
                [("Netflix", "technical director", "$650,000 a year")],
            ),
            (
                (
                    'Netflix posted a job ad seeking a "Product Manager - Machine Learning '
                    'Platform" with pay of $300,000 to $900,000.'
                ),
                [
                    (
                        "Netflix",
                        "Product Manager - Machine Learning Platform",
                        "$300,000 to $900,000",
                    )
                ],
            ),
            (
                "Netflix's AI product manager role comes with a salary of up to $900,000.",
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
            (
                "Netflix is looking to fill a $900,000-a-year AI job.",
                [("Netflix", None, "$900,000 a year")],
            ),
            (
                (
                    "Netflix drew criticism for posting a job for an AI product manager with pay "
                    "of up to $900,000 a year."
                ),
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
            (
                "Netflix wants to pay someone up to $900K to work on AI as actors strike.",
                [("Netflix", None, "$900,000")],
            ),
            (
                (
                    "Netflix's listing, which appeared on its careers site this week, offers a "
                    "salary of between $300,000 and $900,000."
                ),
                [("Netflix", None, "$300,000 to $900,000 a year")],
            ),
            ("Netflix's listing angered actors this week.", []),
            ("Actors want to pay someone's rent.", []),
            (
                "The Netflix listing, for a product manager on its ML team, offers $900,000.",
                [("Netflix", "product manager", "$900,000")],
            ),
            (
                "Realeyes is paying actors $300 for two hours of work to help train AI.",
                [("Realeyes", None, "$300 for 2 hours")],
            ),
            ("Realeyes listed a gig paying $300.", [("Realeyes", None, "$300")]),
            (
                "Netflix is advertising an AI product manager position that pays US$900,000 a year.",
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
            (  # the title after "titled", not "role titled ..."
                "Netflix has advertised a role titled Product Manager, paying $900,000 a year.",
                [("Netflix", "Product Manager", "$900,000 a year")],
            ),
            (  # one job, the second time said more fully
                (
                    "Netflix posted a listing for a product manager. Netflix is hiring an AI "
                    "product manager for up to $900,000 a year."
                ),
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (
                "Netflix is paying up to $900,000 for an AI product manager.",
                [("Netflix", "AI product manager", "$900,000")],
            ),
            ("Netflix is paying $5 million for the rights to a show.", []),
            (  # a business figure, not pay
                "Netflix, which is hiring an AI product manager, said revenue rose to $8 billion.",
                [("Netflix", "AI product manager", None)],
            ),
            ("Netflix is not hiring an AI product manager, a spokesperson said.", []),
            ("Netflix isn't hiring. The role pays $900,000.", []),
            (
                (
                    "Amazon said it was not hiring for most roles. The posting, for a product "
                    "manager, went up in July."
                ),
                [],
            ),
            (  # two jobs
                (
                    "Netflix posted a listing for a product manager. Netflix is hiring a "
                    "technical director for up to $650,000 a year."
                ),
                [
                    ("Netflix", "product manager", None),
                    ("Netflix", "technical director", "$650,000 a year"),
                ],
            ),
            ("Realeyes offered $300 for a session.", [("Realeyes", None, "$300")]),
            (
                "Disney has several AI openings, including one for a senior AI engineer.",
                [("Disney", "senior AI engineer", None)],
            ),
            (
                "Realeyes recently sought actors for a study, paying $300 for two hours of work.",
                [("Realeyes", None, "$300 for 2 hours")],
            ),
            (  # "placed a listing seeking actors": one cue, so the pay after the employer
                (
                    "Netflix advertises an AI job paying up to $900,000 as Realeyes placed a "
                    "listing seeking actors for a study paying $300 for two hours of work."
                ),
                [("Netflix", None, "$900,000"), ("Realeyes", None, "$300 for 2 hours")],
            ),
            (
                "Netflix is dangling as much as $900,000 a year for an AI role as actors strike.",
                [("Netflix", None, "$900,000 a year")],
            ),
            (  # one cue, "AI job ad", not two: the $187 is no second posting's pay
                "Netflix slammed for £700K AI job ad as actors paid $187 a day strike",
                [("Netflix", None, "£700,000")],
            ),
            (  # the amount after the employer, not one before it
                "£698,900 (Photo: Reuters) Realeyes listed a gig paying $300 for two hours.",
                [("Realeyes", None, "$300 for 2 hours")],
            ),
            (  # the title after "an", not "Netflix posted an ..."
                "Netflix posted an AI product manager role paying $300,000-$900,000.",
                [("Netflix", "AI product manager", "$300,000 to $900,000")],
            ),
            (  # a title with its team after a comma, and a pay band (a year)
                (
                    "Netflix posted a Product Manager, Machine Learning Platform role with a "
                    "pay band of $300K-$900K."
                ),
                [
                    (
                        "Netflix",
                        "Product Manager, Machine Learning Platform",
                        "$300,000 to $900,000 a year",
                    )
                ],
            ),
            (
                (
                    "Netflix is prepared to pay as much as $900,000 a year to a product manager "
                    "for its machine-learning platform."
                ),
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (
                "Netflix will pay $900k to an AI product manager.",
                [("Netflix", "AI product manager", "$900,000")],
            ),
            ("Netflix is paying $5 million to a producer for the rights to a show.", []),
            (  # the title in an apposition after the cue
                (
                    "Netflix posted the job, a product manager for its machine-learning "
                    "platform, with an annual salary range of $300,000 to $900,000."
                ),
                [("Netflix", "product manager", "$300,000 to $900,000 a year")],
            ),
            (
                'Sony Pictures is recruiting a "Senior Manager, AI Strategy."',
                [("Sony", "Senior Manager, AI Strategy", None)],
            ),
            (
                (
                    "Disney's theme park division is looking for a senior AI engineer, while "
                    "Walt Disney Studios wants a machine learning engineer."
                ),
                [
                    ("Disney", "senior AI engineer", None),
                    ("Disney", "machine learning engineer", None),
                ],
            ),
            (  # the amount before the second cue is the first posting's
                (
                    "Netflix: Besides the product manager role that pays up to $900,000, the "
                    "streamer is hiring a technical director with a range of $400,000 to $650,000."
                ),
                [
                    ("Netflix", "product manager", "$900,000"),
                    ("Netflix", "technical director", "$400,000 to $650,000"),
                ],
            ),
            (
                "Besides the product manager role that pays up to $900,000, Netflix is hiring a technical director.",
                [
                    ("Netflix", "product manager", "$900,000"),
                    ("Netflix", "technical director", None),
                ],
            ),
            (
                "Netflix says it will pay an AI product manager as much as $900,000 a year.",
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
            (
                "Netflix wants an AI product manager, and will pay up to $900,000 for one.",
                [("Netflix", "AI product manager", "$900,000")],
            ),
            (  # one job, its title said two ways
                (
                    "Netflix is hiring an artificial intelligence product manager on £700,000 a "
                    "year. Netflix will pay an AI product manager as much as $900,000 a year."
                ),
                [("Netflix", "artificial intelligence product manager", "£700,000 a year")],
            ),
            (
                "A Netflix advertisement for an AI product manager offers up to £700,000 a year.",
                [("Netflix", "AI product manager", "£700,000 a year")],
            ),
            (
                'Disney\'s listings include a senior AI engineer who would "drive innovation".',
                [("Disney", "senior AI engineer", None)],
            ),
        ],
    )
    def test_cues(self, text, expected):
        assert postings(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Netflix plans to hire 500 people next year.",  # no title, no pay
            # a weak cue needs a job title after it
            "Netflix is looking for ways to save $200 million a year.",
            "Disney seeks a deal worth $5 million.",
            "The union is seeking protections against AI.",
            # an opening, a listing or a posting needs a job title before it
            "The posting appeared as Netflix continued to expand.",
            "Netflix said the listing was standard.",
            # a role, a job or a position needs a title before it and an amount
            "Netflix's AI product manager role is new.",
            "Netflix said the role of AI would grow, at a cost of $2 million.",
            "Netflix is paying actors less than before.",  # no amount right after
        ],
    )
    def test_no_posting_without_a_title(self, text):
        assert postings(text) == []

    def test_no_title_nor_employer_misread(self):
        """The words of a session are no title; "the company behind" a study is not Netflix."""
        text = (
            "Netflix is hiring a product manager. The company behind a study is paying $300 for "
            "a two-hour session in which participants act out emotions."
        )
        assert postings(text) == [("Netflix", "product manager", None)]

    def test_a_second_title_is_known_by_its_title_alone(self):
        """The unpaid senior engineer takes no later pay that names no title or another."""
        text = (
            "Netflix is also hiring a machine learning scientist, with a salary range of "
            "$150,000 to $750,000, and a senior software engineer, for whom it lists no pay. "
            "Netflix is advertising an AI job paying up to $900,000. Netflix drew criticism "
            "for a job listing for a machine learning product manager."
        )
        assert postings(text) == [
            ("Netflix", "machine learning scientist", "$150,000 to $750,000 a year"),
            ("Netflix", "senior software engineer", None),
            ("Netflix", "machine learning product manager", "$900,000"),
        ]

    @pytest.mark.parametrize(
        ("after", "duties"),
        [
            (
                'Participants would be asked to "express different emotions" and to "improvise scenes."',
                ["express different emotions", "improvise scenes"],
            ),
            (
                'The successful candidate will "define the strategic vision."',
                ["define the strategic vision"],
            ),
            ('Critics were scathing: "a slap in the face," one wrote.', []),  # someone's words
        ],
    )
    def test_what_the_listing_asks_in_the_next_sentence(self, after, duties):
        (posting,) = story(
            f"Realeyes is offering actors $300 for two hours of work. {after}"
        ).job_postings
        assert list(posting.duties) == duties

    def test_people_the_text_knows_are_no_title(self):
        """ "for the writers": no role on offer, so a cue with no title nor pay gives nothing."""
        assert postings("Netflix has posted a job ad, and it is bad news for the writers.") == []

    def test_looking_to_hire(self):
        text = "Netflix is looking to hire an AI product manager with a salary of up to $900,000."
        assert postings(text) == [("Netflix", "AI product manager", "$900,000 a year")]

    def test_offered_actors(self):
        text = "The firm Realeyes offered actors $300 for two hours of work on a data project."
        assert postings(text) == [("Realeyes", None, "$300 for 2 hours")]

    @pytest.mark.parametrize(
        "text",
        [
            (
                "The Netflix role, a product manager for its machine learning platform, pays "
                "between $300,000 and $900,000 annually."
            ),
            "The Netflix job, a product manager, pays $300,000 to $900,000 a year.",
        ],
    )
    def test_a_title_set_off_after_the_role(self, text):
        assert postings(text) == [("Netflix", "product manager", "$300,000 to $900,000 a year")]

    def test_someones_old_job_is_no_posting(self):
        assert postings("Her last job, a waitress at a diner, paid $300 a week.") == []

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "Among the openings: a Netflix product manager role paying up to $900,000.",
                "product manager",
            ),
            ("Netflix is hiring a Netflix AI product manager for $900,000.", "AI product manager"),
            (
                "Netflix is hiring a Netflix Originals producer for $900,000.",
                "Netflix Originals producer",
            ),
        ],
    )
    def test_the_employers_name_before_the_title(self, text, title):
        (posting,) = story(text).job_postings
        assert posting.title == title

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Netflix is hunting for a product manager, with pay of up to $900,000 a year.",
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            ("Police are hunting for a suspect.", []),
            (
                "Netflix is on the hunt for a product manager, paying up to $900,000 a year.",
                [("Netflix", "product manager", "$900,000 a year")],
            ),
        ],
    )
    def test_hunting_for_a_title(self, text, expected):
        assert postings(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "A product manager for Netflix's machine learning platform could earn up "
                    "to $900,000 a year, according to a listing."
                ),
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (
                "An AI product manager at Netflix could make as much as $900,000, a listing shows.",
                [("Netflix", "AI product manager", "$900,000")],
            ),
            (
                "According to a Netflix job posting, the product manager will earn up to $900,000.",
                [("Netflix", "product manager", "$900,000")],
            ),
            (
                "Netflix has an open role for an AI product manager that pays $300,000-$900,000.",
                [("Netflix", "AI product manager", "$300,000 to $900,000")],
            ),
            (
                (
                    "In a listing, Netflix said it would pay an AI product manager between "
                    "$300,000 and $900,000 a year."
                ),
                [("Netflix", "AI product manager", "$300,000 to $900,000 a year")],
            ),
            (
                (
                    "The role at Netflix, a product manager for its machine learning platform, "
                    "pays up to $900,000."
                ),
                [("Netflix", "product manager", "$900,000")],
            ),
            (  # "new" opens no title
                "Netflix's new AI product manager role pays up to $900,000 a year.",
                [("Netflix", "AI product manager", "$900,000 a year")],
            ),
        ],
    )
    def test_a_title_before_could_earn_and_other_forms(self, text, expected):
        assert postings(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "A background actor could make $187 a day under the contract.",
            "An actor at Netflix could earn $50,000 a year.",
            "The union's president could earn $300,000 a year, Netflix said.",  # in post
            "The engineers at Netflix can make $400,000 a year, according to a survey.",
            # a salary survey names no listing
            "An AI product manager at Google could earn up to $900,000 a year, a survey shows.",
            "A senior engineer at Meta can make as much as $700,000, a recruiter said.",
        ],
    )
    def test_no_posting_of_people_in_post_who_could_earn(self, text):
        assert postings(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Netflix is hiring an AI manager on nearly $1m a year.",
            "Netflix is hiring an AI manager on close to $1 million a year.",
            "Netflix is hiring an AI manager. The pay range starts at $300,000.",
            "Netflix is hiring an AI manager on at least $300,000 a year.",
        ],
    )
    def test_a_rounded_amount_or_a_floor_is_no_stated_pay(self, text):
        assert postings(text) == [("Netflix", "AI manager", None)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (  # a range from its floor is still the range
                "Netflix is hiring an AI manager with pay starting from $300,000 to $900,000.",
                [("Netflix", "AI manager", "$300,000 to $900,000")],
            ),
            (
                "Netflix is hiring an AI manager on almost $1m a year, or $900,000 exactly.",
                [("Netflix", "AI manager", "$900,000 a year")],
            ),
        ],
    )
    def test_the_stated_pay_after_a_rounded_one_or_from_a_floor(self, text, expected):
        assert postings(text) == expected

    def test_will_pay_participants_for_a_session(self):
        text = "Realeyes will pay participants $300 for a two-hour session."
        assert postings(text) == [("Realeyes", None, "$300 for 2 hours")]

    def test_an_unposted_hiring_sentence_then_the_work_pays(self):
        text = (
            "A company called Realeyes has advertised for actors to take part in an AI "
            "project. The work pays $300 for two hours."
        )
        assert postings(text) == [("Realeyes", None, "$300 for 2 hours")]

    def test_two_postings_in_one_sentence(self):
        """Each cue takes the employer before it, and the amounts up to the next cue."""
        text = (
            "Walt Disney Co. is seeking a senior AI engineer, and Amazon posted a job listing "
            "for a machine learning scientist with a base salary of $650,000."
        )
        assert postings(text) == [
            ("Disney", "senior AI engineer", None),
            ("Amazon", "machine learning scientist", "$650,000 a year"),
        ]

    def test_title_before_the_opening(self):
        text = "Netflix's product manager opening, paying up to $900,000, drew attention."
        assert postings(text) == [("Netflix", "product manager", "$900,000")]

    def test_ceiling_and_range_are_one_posting(self):
        text = (
            "Netflix advertises AI role paying up to $900,000. "
            "Netflix is advertising a machine learning job with a pay range of $300,000 to $900,000 a year."
        )
        assert postings(text) == [("Netflix", None, "$300,000 to $900,000 a year")]

    def test_same_stated_pay_under_two_titles_is_one_posting(self):
        text = (
            "Netflix seeks AI manager on £700k salary. "
            "Netflix is looking for an artificial intelligence specialist at £700,000 a year."
        )
        assert postings(text) == [("Netflix", "AI manager", "£700,000 a year")]

    def test_the_job_advert_refers_back(self):
        text = (
            "Netflix is looking for an AI specialist at £700,000 a year. "
            "The job advert, for a product manager, appeared on Monday."
        )
        assert postings(text) == [("Netflix", "AI specialist", "£700,000 a year")]

    @pytest.mark.parametrize("whose", ["The streamer's advert", "The company's listing"])
    def test_the_employers_listing_refers_back(self, whose):
        text = (
            "Netflix is offering a salary of up to £700,000 for a new AI role. "
            f"{whose}, for a product manager, was first spotted by The Intercept."
        )
        (posting,) = story(text).job_postings
        assert (posting.title, len(posting.evidence)) == ("product manager", 2)

    @pytest.mark.parametrize(
        "later", ["The company's role in the strike is unclear.", "The studio's opening was huge."]
    )
    def test_the_employers_role_or_opening_is_no_reference(self, later):
        text = f"Netflix is offering a salary of up to £700,000 for a new AI role. {later}"
        (posting,) = story(text).job_postings
        assert len(posting.evidence) == 1

    def test_a_later_sentence_names_the_title(self):
        text = (
            "Netflix is advertising a machine learning job paying $900,000 a year. "
            "The role, Product Manager – Machine Learning Platform, sits in its tech group."
        )
        assert postings(text) == [
            ("Netflix", "Product Manager – Machine Learning Platform", "$900,000 a year")
        ]

    @pytest.mark.parametrize(
        ("later", "pay"),
        [
            ("The listing offers up to $900,000 a year.", "$900,000 a year"),
            (
                "The range is $300K–$900K p.a., and it went up on Monday.",
                "$300,000 to $900,000 a year",
            ),
            ("The salary range tops out at $900,000.", "$900,000 a year"),  # "salary": a year
            (
                "The listing gives a range of $300,000 to $900,000 a year.",
                "$300,000 to $900,000 a year",
            ),
            ('Ann Lee said of the role "So $900k/yr is too much.', None),  # a quotation's figure
            ("The role matters, its boss says, and pays less than the $2 million of a star.", None),
        ],
    )
    def test_a_reference_back_gives_the_pay(self, later, pay):
        (posting,) = story(f"Netflix is hiring an AI product manager. {later}").job_postings
        assert (str(posting.pay) if posting.pay else None) == pay
        assert len(posting.evidence) == 2

    def test_the_pay_of_a_sentence_attributed_to_the_posting(self):
        text = (
            "Netflix has posted a listing for a product manager. Total compensation ranges "
            "from $300,000 to $900,000, according to the posting."
        )
        assert postings(text) == [("Netflix", "product manager", "$300,000 to $900,000 a year")]

    def test_a_reference_back_gives_no_other_pay(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000. The role would cost $2 million."
        )
        (posting,) = story(text).job_postings
        assert str(posting.pay) == "$900,000"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Netflix wants an AI boss. The streamer's listing for a Product Manager tops out at $900K per year.",
                [("Netflix", "Product Manager", "$900,000 a year")],
            ),
            (
                "Disney is hiring too. A posting for a senior AI engineer went up last week.",
                [("Disney", "senior AI engineer", None)],
            ),
            (
                "Realeyes pays actors well. The AI firm is recruiting a research scientist at $150 an hour.",
                [("Realeyes", "research scientist", "$150 an hour")],
            ),
            (  # the hiring before gave a posting of its own: no lead
                (
                    "Netflix is hiring an AI product manager for $900,000. "
                    "Most media groups are hiring scientists this year."
                ),
                [("Netflix", "AI product manager", "$900,000")],
            ),
            (
                "Netflix is spending on AI. A job listing for a product manager offers $900,000.",
                [("Netflix", "product manager", "$900,000")],
            ),
            (  # the cue does not open the sentence: someone else is hiring
                "Disney declined to comment on its hiring. Recruiters say most groups are hiring scientists.",
                [],
            ),
        ],
    )
    def test_the_employer_of_the_sentence_before(self, text, expected):
        assert postings(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Netflix is under fire. The streaming giant has put up a listing for a "
                    "product manager that pays as much as $900,000 annually."
                ),
                [("Netflix", "product manager", "$900,000 a year")],
            ),
            (  # a weak cue: the employer is the one the sentence before names
                "Netflix is under fire. The company is looking to fill a $900,000-a-year AI role.",
                [("Netflix", None, "$900,000 a year")],
            ),
            (  # "the streaming giant" is no company like Realeyes
                (
                    "Realeyes is hiring a data scientist. The streaming giant has put up a "
                    "listing for a product manager."
                ),
                [("Realeyes", "data scientist", None)],
            ),
        ],
    )
    def test_a_giant_refers_back(self, text, expected):
        assert postings(text) == expected

    def test_another_far_from_a_posting_is_none(self):
        text = (
            "Disney is hiring a senior engineer. Actors are on strike. "
            "Another, for a research scientist, gives no figure."
        )
        assert postings(text) == [("Disney", "senior engineer", None)]

    def test_another_for_a_title(self):
        text = (
            "One listing, for a senior machine learning engineer at Disney's theme parks unit, "
            "offers $153,000 to $264,000. Another, for a research scientist, gives no figure."
        )
        assert postings(text) == [
            ("Disney", "senior machine learning engineer", "$153,000 to $264,000"),
            ("Disney", "research scientist", None),
        ]

    @pytest.mark.parametrize(
        ("second", "location"),
        [
            (
                "The role, which is based in Los Gatos, California, or remote, pays $900,000.",
                "Los Gatos, California, or remote",
            ),
            (
                "The job can be based in Los Gatos or Los Angeles, or done remotely.",
                "Los Gatos or Los Angeles, or remote",
            ),
            (
                "The position, based in Los Gatos, California, pays $900,000.",
                "Los Gatos, California",
            ),
            ("The job can be done remotely from anywhere in the US.", "remote"),
            ("Remote work is common in tech.", None),  # not the posting's
        ],
    )
    def test_where_the_job_is_based(self, second, location):
        (posting,) = story(f"Netflix posted a job for a product manager. {second}").job_postings
        assert posting.location == location

    @pytest.mark.parametrize(
        "text",
        [
            "Realeyes, a company based in London, is recruiting actors for $150 an hour.",
            "Netflix, which lets staff work remotely, is hiring a product manager for $900,000.",
        ],
    )
    def test_the_employers_base_is_not_the_jobs(self, text):
        (posting,) = story(text).job_postings
        assert posting.location is None

    @pytest.mark.parametrize(
        ("opening", "title"),
        [
            # a bare role gives way to the fuller title named later
            ("Netflix is looking to hire a manager for its AI efforts", "product manager"),
            # a title of several words stays
            ("Netflix is hiring an AI product manager", "AI product manager"),
        ],
    )
    def test_the_title_kept(self, opening, title):
        text = (
            f"{opening} at up to $900,000. The job posting, for a product manager for its "
            "machine learning platform, lists a range of $300,000 to $900,000."
        )
        (posting,) = story(text).job_postings
        assert posting.title == title

    def test_a_range_widens_the_amount_before(self):
        text = (
            "Netflix is hiring an AI product manager for as much as $900,000 a year. "
            "The range for the role is $300,000 to $900,000, the listing says."
        )
        (posting,) = story(text).job_postings
        assert str(posting.pay) == "$300,000 to $900,000 a year"

    @pytest.mark.parametrize(
        ("second", "pay"),
        [
            ("The pay: up to $900,000.", "$900,000"),
            ("It pays up to $900,000 a year.", "$900,000 a year"),
            ("The job pays up to $900,000 a year.", "$900,000 a year"),
            ("Base salary runs from $300,000 to $900,000.", "$300,000 to $900,000 a year"),
            ("The salary? As much as $900,000 a year.", "$900,000 a year"),
            ("The pay? Up to $900,000 a year.", "$900,000 a year"),
            (
                "Compensation runs from $300,000 to $900,000, the listing says.",
                "$300,000 to $900,000 a year",
            ),
            ("The pay? It is not stated. Rivals offer $400,000 a year.", None),
        ],
    )
    def test_pay_in_the_next_sentence(self, second, pay):
        text = f"Netflix posted a job for a product manager. {second}"
        (posting,) = story(text).job_postings
        assert (posting.title, None if posting.pay is None else str(posting.pay)) == (
            "product manager",
            pay,
        )
        assert len(posting.evidence) >= 2  # the posting's and the pay's sentences

    @pytest.mark.parametrize("says", ["It says", "The ad says"])
    def test_the_listings_words_in_the_next_sentence(self, says):
        text = (
            f"Netflix posted a job for a product manager. {says} the successful applicant "
            'will "define the strategic vision" for its AI tools.'
        )
        (posting,) = story(text).job_postings
        assert posting.duties == ("define the strategic vision",)
        assert len(posting.evidence) == 2

    def test_its_words_further_on_are_not_the_listings(self):
        text = (
            "Netflix posted a job for a product manager. Actors are angry. "
            'It says the strike will "go on."'
        )
        (posting,) = story(text).job_postings
        assert posting.duties == ()

    @pytest.mark.parametrize(
        "text",
        [
            "Netflix posted a job for a product manager. Pay for actors is $187 a day.",
            (  # "ranges" a noun, not "ranges from"
                "Netflix posted a job for a product manager. "
                "Pay ranges in job listings have become more visible since 2023, at $187 a day."
            ),
            "Netflix posted a job for a product manager. Salaries of actors are $187 a day.",
            (  # not right after the posting
                "Netflix posted a job for a product manager. Actors are on strike. "
                "The pay is $187 a day for background actors."
            ),
        ],
    )
    def test_pay_of_someone_else(self, text):
        (posting,) = story(text).job_postings
        assert posting.pay is None
        assert len(posting.evidence) == 1

    @pytest.mark.parametrize(
        "text",
        [
            (
                'Netflix is hiring an AI product manager. The listing, for a "Product Manager - '
                'Machine Learning Platform", asks for someone to "define the strategic vision."'
            ),
            (
                'Netflix is hiring an AI product manager; its "Product Manager, Machine Learning '
                'Platform" listing asks for someone to "define the strategic vision."'
            ),
        ],
    )
    def test_a_title_shaped_quotation_is_no_duty(self, text):
        (posting,) = story(text).job_postings
        assert posting.duties == ("define the strategic vision",)

    @pytest.mark.parametrize(
        ("text", "duties"),
        [
            ('Netflix posts an AI job paying $900,000 to "lead the team," one recruiter said.', ()),
            ('Netflix posts an AI job paying $900,000 to "lead the team," she said.', ()),
            (
                'Netflix posts an AI job paying $900,000 to "lead the team," the listing says.',
                ("lead the team",),
            ),
            (  # a new sentence after '."'
                'Netflix posts an AI job paying $900,000 to "lead the team." The Intercept noted it.',
                ("lead the team",),
            ),
        ],
    )
    def test_someones_words_are_no_duty(self, text, duties):
        (posting,) = story(text).job_postings
        assert posting.duties == duties

    def test_a_title_in_quotation_marks_after_a_dash(self):
        text = (
            'Netflix quietly posted a job listing in July. The role — "Product Manager, Machine '
            'Learning Platform" — carries total compensation of $300,000-$900,000, the listing '
            'states, and asks for someone to "define the strategic vision" for its tools.'
        )
        (posting,) = story(text).job_postings
        assert (posting.title, str(posting.pay)) == (
            "Product Manager, Machine Learning Platform",
            "$300,000 to $900,000 a year",
        )
        assert posting.duties == ("define the strategic vision",)  # the title is no duty

    def test_a_quoted_title_is_no_duty(self):
        text = (
            "Netflix wants to hire an AI product manager. The company posted the role last "
            'week, under the title "Product Manager - Machine Learning Platform."'
        )
        (posting,) = story(text).job_postings
        assert posting.duties == ()
        assert story(text).quotes == ()

    def test_a_quotation_is_a_duty_of_the_posting_it_follows(self):
        text = (
            'Sony has advertised for a "Senior Manager, AI Strategy" to "shape how we use AI", '
            "while Amazon is looking for an applied scientist to work on generative AI."
        )
        sony, amazon = story(text).job_postings
        assert sony.duties == ("shape how we use AI",)
        assert amazon.duties == ()

    def test_walked_off_the_job_is_no_reference(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000. "
            "The writers walked off the job on May 2. Actors are on the job no more."
        )
        (posting,) = story(text).job_postings
        assert len(posting.evidence) == 1

    def test_the_role_is_the_posting_last_spoken_of(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000 a year. "
            'Disney is recruiting a senior AI engineer to "drive new work in its parks." '
            "Netflix is hiring an AI product manager for $900,000 a year, the listing repeats. "
            'The job description for the role stresses "leverage of the platform."'
        )
        netflix, disney = story(text).job_postings
        assert netflix.duties == ("leverage of the platform",)
        assert disney.duties == ("drive new work in its parks",)

    def test_a_headline_and_the_body_are_one_posting(self):
        text = (
            "Netflix job ad for AI role paying $900K angers strikers\n\n"
            "Netflix posted a job listing on its careers site this month. "
            "The role pays between $300,000 and $900,000 a year."
        )
        (posting,) = story(text).job_postings
        assert str(posting.pay) == "$300,000 to $900,000 a year"
        assert len(posting.evidence) == 3

    def test_the_posting_for_a_title(self):
        text = (
            "Netflix has advertised an AI job paying as much as $900,000 a year. "
            "The posting, for a product manager on its machine learning team, went up on Monday."
        )
        assert postings(text) == [("Netflix", "product manager", "$900,000 a year")]

    @pytest.mark.parametrize(
        "before",
        [
            "Netflix is in the news again.",
            # a start word of a cue ("advert"), but no cue: not a posting announced
            "The Disney advert is one of several that appeared across its divisions.",
        ],
    )
    def test_no_posting_from_a_sentence_without_a_cue(self, before):
        text = f"{before} The posting, for a product manager on the machine learning team, went up."
        assert postings(text) == []

    @pytest.mark.parametrize(
        "later",
        [
            "The role pays $900,000 (£700,000) a year, the listing says.",
            "Netflix is offering $900,000 (£700,000) for an AI product manager.",
        ],
    )
    def test_pay_in_pounds_then_converted_from_dollars_is_one_posting(self, later):
        text = f"Netflix is hiring an AI product manager on up to £700,000 a year. {later}"
        assert postings(text) == [("Netflix", "AI product manager", "$900,000 a year")]

    def test_a_range_with_each_end_converted(self):
        text = (
            "Netflix has advertised for an AI product manager on up to £700,000. The position "
            "was listed with a range of $300,000 (£233,000) to $900,000 (£700,000) a year."
        )
        assert postings(text) == [("Netflix", "AI product manager", "$300,000 to $900,000 a year")]

    def test_pay_in_two_currencies_without_a_conversion_is_one_posting(self):
        text = (
            "Netflix advertises AI role paying up to $900,000\n\n"
            "Netflix has advertised for an AI product manager on a salary of up to £700,000 a year."
        )
        # the first amount stays, with the rate the second states
        assert postings(text) == [("Netflix", "AI product manager", "$900,000 a year")]

    @pytest.mark.parametrize(
        "conversion", [", or roughly ₹7.4 crore,", " or about £698,900", ", or some €815,000,"]
    )
    def test_a_conversion_after_or_is_no_second_posting(self, conversion):
        text = f"Netflix is hiring an AI product manager for $900,000{conversion} a year."
        assert postings(text) == [("Netflix", "AI product manager", "$900,000 a year")]

    def test_a_range_in_dollars_says_more_than_an_amount_in_pounds(self):
        text = (
            "Netflix job ad for AI role paying £700K angers strikers\n\n"
            "Netflix has advertised for an AI product manager on a range of $300,000 to "
            "$900,000 a year. The listing was first seen by The Intercept."
        )
        assert postings(text) == [("Netflix", "AI product manager", "$300,000 to $900,000 a year")]

    @pytest.mark.parametrize(
        "second",
        [
            "Netflix is also hiring an AI product manager at $300 an hour.",  # not a salary
            "Netflix is also hiring an AI product manager for Rs 7.4 crore.",  # no conversion
        ],
    )
    def test_amounts_that_cannot_be_one_pay_converted(self, second):
        text = f"Netflix is hiring an AI product manager for £700,000 a year. {second}"
        assert len(postings(text)) == 2

    def test_two_titles_in_two_currencies_are_two_postings(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000. "
            "Netflix is also hiring a data scientist in London for £400,000."
        )
        assert len(postings(text)) == 2

    @pytest.mark.parametrize(
        "text",
        [
            (
                "A London company called Realeyes, whose clients include Netflix and Hulu, "
                "placed a listing seeking actors for a study paying $300 for two hours of work."
            ),
            "Realeyes put out a call for actors to join a study paying $300 for two hours of work.",
        ],
    )
    def test_the_one_hiring_is_not_named_in_an_aside(self, text):
        assert postings(text) == [("Realeyes", None, "$300 for 2 hours")]

    def test_an_employer_named_only_in_an_aside_is_not_hiring(self):
        text = "A firm, whose clients include Netflix, placed a listing for an actor at $300."
        assert postings(text) == []

    def test_the_streamer_is_not_the_company_last_hiring(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000 a year. "
            "Realeyes is recruiting actors for a study at $150 an hour. "
            "The streamer is also hiring a data scientist for $400,000."
        )
        assert postings(text) == [
            ("Netflix", "AI product manager", "$900,000 a year"),
            ("Realeyes", None, "$150 an hour"),
            ("Netflix", "data scientist", "$400,000"),
        ]

    def test_posted_the_opening(self):
        text = (
            "Netflix quietly posted the opening in July. The listing offers up to $900,000 a year."
        )
        assert postings(text) == [("Netflix", None, "$900,000 a year")]


class TestComparisons:
    def test_a_day_count_after_it_would(self):
        text = (
            "Netflix is offering $900,000 for an AI product manager. At the union's background "
            "rate of $187 a day, it would pay for more than 4,800 days of work."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000", Decimal(4800))
        assert comparison.against is aistrike.Benchmark.BACKGROUND_DAY_RATE

    def test_a_day_rate_is_no_pay_to_compare(self):
        """ "that sum" after a day rate is the salary named before it, not the day rate."""
        text = (
            "Netflix is offering $900,000 for an AI product manager. The union's minimum for a "
            "background actor is $187 for an eight-hour day. That sum would be enough for 34 "
            "performers to qualify for health coverage."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000", Decimal(34))

    @pytest.mark.parametrize(
        "opening",
        ["That is", "That's", "The fee is", "The payment is", "That sum is"],
    )
    def test_that_is_more_than_refers_back(self, opening):
        text = (
            "Realeyes offered actors $300 for two hours of work. "
            f"{opening} $100 more than the SAG-AFTRA day rate for background actors."
        )
        (comparison,) = story(text).comparisons
        assert str(comparison.amount) == "$300 for 2 hours"
        assert comparison.against is aistrike.Benchmark.BACKGROUND_DAY_RATE

    @pytest.mark.parametrize(
        "threshold",
        [
            "At $26,470 a year, the threshold to qualify for the health plan,",
            "With the $26,470 minimum for the health plan,",
            "As members need $26,470 to qualify for the health plan,",
            "Under the health plan's threshold of $26,470,",
            "With $26,470 in annual earnings required for the health plan,",
            "Against the health insurance threshold ($26,470),",
        ],
    )
    def test_the_threshold_is_no_amount_compared(self, threshold):
        """The plan's threshold, however it is put, is not the pay a claim speaks of."""
        text = (
            f"Netflix is hiring for $900,000. {threshold} that salary would keep 34 of us insured."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000", Decimal(34))

    @pytest.mark.parametrize(
        ("claim", "benchmark"),
        [
            ("the salary could fund health cover for 35 performers.", "health cover"),
            ("that salary could pay for the health insurance of 35 actors.", "health insurance"),
            ("the money would cover the health plans of 35 union members.", "health plans"),
            (  # the people covered are no part of the benchmark's words
                "it would qualify 35 actors and their families for health insurance.",
                "health insurance",
            ),
            ("the salary could pay for 35 actors' health insurance.", "health insurance"),
            (
                "the same sum could have paid for health coverage for 35 of its members.",
                "health coverage",
            ),
            ("the money would have covered health insurance for 35 actors.", "health insurance"),
            ("the money could get 35 actors health insurance.", "health insurance"),
            (
                "the salary is enough to meet the health insurance threshold for 35 people.",
                "health insurance",
            ),
            ("it is the equivalent of health insurance for 35 actors.", "health insurance"),
            ("it is roughly the health-plan eligibility of 35 SAG-AFTRA members.", "health-plan"),
            (
                "that sum would be enough for 35 performers to qualify for health coverage.",
                "health coverage",
            ),
            ("the salary is equal to the health plan threshold for 35 performers.", "health plan"),
            ("the salary would be enough to give 35 actors health insurance.", "health insurance"),
            # the count as the verb's subject
            (
                "35 actors and their families could qualify for health insurance.",
                "health insurance",
            ),
            ("thirty-five of us could get health insurance for that money.", "health insurance"),
            ("35 performers could all be covered by the health plan with it.", "health plan"),
        ],
    )
    def test_health_benchmarks(self, claim, benchmark):
        text = f"Netflix is hiring an AI product manager for $900,000 a year. Rob Delaney noted that {claim}"
        (comparison,) = story(text).comparisons
        assert comparison.claimed == 35
        assert comparison.against_text == benchmark

    @pytest.mark.parametrize(
        "claim",
        [
            "the salary could not cover health insurance for 35 actors.",
            "the salary couldn't cover health insurance for 35 actors.",
            # an amount is no count of people, though "actors" follows it
            "the pay is 34 times the $26,470 actors need to qualify for health insurance.",
        ],
    )
    def test_no_health_claim(self, claim):
        text = f"Netflix is hiring an AI product manager for $900,000 a year. Rob Delaney noted that {claim}"
        counts = [
            c for c in story(text).comparisons if c.kind is aistrike.ComparisonKind.COVERS_COUNT
        ]
        assert counts == []

    @pytest.mark.parametrize(
        ("text", "amount", "claimed", "against"),
        [
            (
                (
                    "Netflix will pay an AI product manager as much as $900,000 a year. That is "
                    "roughly 34 times the $26,470 an actor must earn to get health coverage."
                ),
                "$900,000 a year",
                Decimal(34),
                aistrike.Benchmark.HEALTH_PLAN_THRESHOLD,
            ),
            (
                "Netflix's $900k/yr job pays 35x the SAG-AFTRA health plan minimum.",
                "$900,000 a year",
                Decimal(35),
                aistrike.Benchmark.HEALTH_PLAN_THRESHOLD,
            ),
            (
                "Realeyes pays $300, which is 1.6 times the $187 day rate for background actors.",
                "$300",
                Decimal("1.6"),
                aistrike.Benchmark.BACKGROUND_DAY_RATE,
            ),
            (
                "Netflix pays $900,000, about four times the salary of a senior engineer.",
                "$900,000 a year",
                Decimal(4),
                aistrike.Benchmark.OTHER,
            ),
            (  # "that figure" is the one the sentence before names
                (
                    "Members must earn $26,470 to qualify for health coverage. Netflix's "
                    "$900,000 salary is about 34 times that figure."
                ),
                "$900,000 a year",
                Decimal(34),
                aistrike.Benchmark.HEALTH_PLAN_THRESHOLD,
            ),
            (  # "the role" refers back to the posting's pay
                (
                    "Netflix is hiring an AI product manager for $900,000. Critics said the role "
                    "pays 34 times what actors need for health insurance."
                ),
                "$900,000",
                Decimal(34),
                aistrike.Benchmark.HEALTH_PLAN_THRESHOLD,
            ),
        ],
    )
    def test_a_multiple(self, text, amount, claimed, against):
        (comparison,) = story(text).comparisons
        assert comparison.kind is aistrike.ComparisonKind.MULTIPLE_OF
        assert (str(comparison.amount), comparison.claimed) == (amount, claimed)
        assert comparison.against is against

    @pytest.mark.parametrize(
        "text",
        [
            "Netflix pays $900,000 and its office is four times the size of the old one.",
            "Netflix pays $900,000. That is four times this year's budget for the parade.",
            "The $900,000 salary is not 34 times the health plan threshold.",
            # "That" two sentences on is not the amount named
            (
                "Netflix will pay an AI product manager as much as $900,000 a year. Writers are "
                "angry. That is roughly 34 times the $26,470 an actor must earn for health cover."
            ),
            # no amount to compare
            "Actors earn three times less than engineers at the $26,470 threshold.",
        ],
    )
    def test_no_multiple(self, text):
        assert [c.kind for c in story(text).comparisons] == []

    @pytest.mark.parametrize(
        ("text", "claimed"),
        [
            (
                "The $900,000 salary would pay a background actor's $187 day rate for 4,812 days.",
                Decimal(4812),
            ),
            (
                (
                    "Netflix is hiring an AI product manager for $900,000 a year. That is more "
                    "than 4,800 days of work for a background actor at the $187 day rate."
                ),
                Decimal(4800),
            ),
            (
                "The $900,000 salary equals 4,812 days of background work at the day rate.",
                Decimal(4812),
            ),
        ],
    )
    def test_days_at_the_day_rate(self, text, claimed):
        (comparison,) = story(text).comparisons
        assert comparison.kind is aistrike.ComparisonKind.COVERS_COUNT
        assert comparison.against is aistrike.Benchmark.BACKGROUND_DAY_RATE
        assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", claimed)

    @pytest.mark.parametrize(
        "text",
        [
            "The strike has cost background actors $50 million over 118 days.",
            "Background actors earn $187 a day and worked 30 days last year.",
            "Netflix pays $900,000. Background actors were on strike for 118 days.",
            "The $900,000 salary would pay a writer for 4,812 days.",  # no background actors
        ],
    )
    def test_no_days_at_the_day_rate(self, text):
        assert story(text).comparisons == ()

    def test_the_money_an_employer_offers_is_its_advertised_pay(self):
        text = (
            "Netflix is hiring a product manager on $300,000 to $900,000 a year. "
            "Realeyes offered actors $300 for two hours of work. "
            "Rob Delaney said the money Netflix is offering could pay for health insurance "
            "for 35 performers."
        )
        (comparison,) = story(text).comparisons
        assert str(comparison.amount) == "$300,000 to $900,000 a year"  # not the $300 named last

    def test_the_same_money_is_the_pay_of_the_posting_named_last(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000 a year. "
            "The company said cost cuts would save $5.5 billion. "
            "He said the same money could qualify 35 actors for health insurance."
        )
        (comparison,) = story(text).comparisons
        assert str(comparison.amount) == "$900,000 a year"  # not the $5.5 billion named last

    def test_of_us_and_top_of_the_range(self):
        text = (
            "Netflix is hiring an AI product manager for $300,000 to $900,000 a year. "
            '"The top of that range would cover health insurance for thirty-five of us," '
            "said the actor Rob Delaney."
        )
        (comparison,) = story(text).comparisons
        assert str(comparison.amount) == "$900,000 a year"
        assert comparison.claimed == 35
        assert comparison.against_text == "health insurance"
        assert comparison.speaker == Person("Rob Delaney", role="actor")

    @pytest.mark.parametrize(
        ("text", "amount", "claimed", "benchmark"),
        [
            (
                (
                    "Netflix is advertising a £700,000-a-year AI role. Star Ann Lee said the cash "
                    "could pay health insurance for 35 actors and their families."
                ),
                "£700,000 a year",
                35,
                "health insurance",
            ),
            (  # "of my colleagues", in a quotation given by "she told" after it
                (
                    "Netflix is hiring an AI product manager for $300,000 to $900,000 a year. Actor "
                    'Ann Lee said so. "The top of that range would cover health insurance for 35 of '
                    'my colleagues," she told Variety.'
                ),
                "$900,000 a year",
                35,
                "health insurance",
            ),
            (  # the threshold one must earn is not the amount compared
                (
                    "How many actors could $900,000 insure? Earning $26,470 in a year qualifies a "
                    "member for SAG-AFTRA's health plan, so the money would cover roughly 34 actors."
                ),
                "$900,000",
                34,
                "SAG-AFTRA's health plan",
            ),
        ],
    )
    def test_more_claims(self, text, amount, claimed, benchmark):
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == (amount, Decimal(claimed))
        assert comparison.against_text == benchmark

    @pytest.mark.parametrize(
        ("text", "difference"),
        [
            (
                "Realeyes offered $300 for two hours, $100 above the daily rate for background actors.",
                "$100",
            ),
            (
                "Realeyes offered $300 for two hours, $50 below the daily rate for background actors.",
                "-$50",
            ),
        ],
    )
    def test_above_and_below_without_than(self, text, difference):
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), str(comparison.claimed)) == ("$300 for 2 hours", difference)
        assert comparison.against is aistrike.Benchmark.BACKGROUND_DAY_RATE

    def test_to_insure_people_is_a_health_claim(self):
        text = (
            "Netflix is paying $900,000 for an AI product manager. According to Rob Delaney, "
            "that is enough to insure 35 actors."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000", Decimal(35))

    @pytest.mark.parametrize(
        "between",
        [
            "Realeyes is paying actors $150 an hour for a study.",
            "Temporary workers can earn as little as $17 an hour.",
        ],
    )
    def test_a_claim_refers_to_pay_that_could_cover_that_many(self, between):
        """Pay named by reference ("That money") is the last that could fund a health plan each."""
        text = (
            f"Netflix wants an AI product manager for $300,000 to $900,000 a year. {between} "
            '"That money could insure 35 of us," Rob Delaney said.'
        )
        (comparison,) = story(text).comparisons
        assert str(comparison.amount) == "$300,000 to $900,000 a year"

    def test_no_claim_of_pay_that_could_not_cover_that_many(self):
        text = (
            "Temporary workers can earn as little as $17 an hour. "
            '"That money could cover health insurance for 35 of us," said Ann Lee.'
        )
        assert story(text).comparisons == ()

    def test_an_amount_written_out_and_not_read_is_not_the_pay_named_before(self):
        text = (
            "Netflix offers $900,000 for the role. The position pays a minimum of USD 300,000. "
            '"Nine hundred grand for one job. That would pay for health coverage for '
            '34 of our members," said Ann Lee, an actor.'
        )
        assert story(text).comparisons == ()  # not $300,000: the amount meant is not read

    def test_an_amount_in_words_is_the_amount_compared(self):
        text = (
            "Netflix offers $900,000 for the role. The position pays a minimum of USD 300,000. "
            '"Nine hundred thousand dollars for one job. That would pay for health coverage for '
            '34 of our members," said Ann Lee, an actor.'
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000", Decimal(34))
        assert comparison.speaker == Person("Ann Lee", role="actor")

    def test_the_claim_in_the_sentence_after_the_plan(self):
        text = (
            "Netflix is hiring an AI product manager for $300,000 to $900,000 a year. Under "
            "SAG-AFTRA's health plan, members must earn $26,470 a year to qualify for coverage. "
            "By that measure, the top of Netflix's range would fund eligibility for 34 performers."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", Decimal(34))
        assert comparison.against_text == "SAG-AFTRA's health plan"
        assert len(comparison.evidence) == 2

    def test_qualify_a_few_sentences_after_the_plan(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000 a year. Under the SAG-AFTRA "
            "Health Plan, a performer needs $26,470 in a year to qualify for coverage. So how "
            "many actors could the salary insure? Dividing one by the other gives about 34. "
            "Rob Delaney said the money could qualify 35 actors and their families."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", Decimal(35))
        assert comparison.against is aistrike.Benchmark.HEALTH_PLAN_THRESHOLD
        assert len(comparison.evidence) == 2  # the plan's sentence and the claim

    def test_the_benchmarks_words_without_the_or_before_them(self):
        text = (
            "Netflix is hiring an AI product manager for up to $900,000 a year. Members need "
            "$26,470 a year to qualify for health coverage. Do the arithmetic and the salary "
            "equals about 4,800 days of background work, or health coverage for 34 actors."
        )
        texts = [c.against_text for c in story(text).comparisons]
        assert "health coverage" in texts

    @pytest.mark.parametrize(("count", "claimed"), [("three dozen", 36), ("two dozen", 24)])
    def test_dozens_counted(self, count, claimed):
        text = (
            "Netflix is hiring an AI product manager for up to $900,000 a year. By one "
            f"estimate, the pay could cover health benefits for {count} actors."
        )
        (comparison,) = story(text).comparisons
        assert comparison.claimed == Decimal(claimed)

    def test_a_business_figure_is_no_amount_a_claim_refers_to(self):
        text = (
            "A salary of $900,000 sounds outrageous until you compare it with the $17 billion "
            "the company will spend on programming this year. Commentators noted that the "
            "amount would qualify 35 actors and their families for SAG-AFTRA health insurance."
        )
        (comparison,) = story(text).comparisons
        assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", Decimal(35))

    @pytest.mark.parametrize(
        "before",
        [
            "The company said the cuts would save about $5.5 billion a year.",
            "By 2007 the average film cost $100 million to make.",
        ],
    )
    def test_no_claim_of_a_business_figure(self, before):
        text = f"{before} He said the pay packet could cover health insurance for 35 actors."
        assert story(text).comparisons == ()

    def test_no_claim_two_sentences_after_the_plan(self):
        text = (
            "Netflix is hiring an AI product manager for $900,000 a year. "
            "Members must earn $26,470 a year to qualify for the health plan. "
            "The weather was fine. The salary would fund lunch for 34 performers."
        )
        assert story(text).comparisons == ()


class TestLikeness:
    def test_rebuttal_without_the_performers(self):
        text = (
            "Duncan Crabtree-Ireland said the studios wanted background performers to be scanned "
            "for a single day's pay, with the company keeping the scan forever. "
            "The AMPTP said its proposal lets a studio use a digital replica only in the "
            "motion picture for which the performer is employed, and paid for each use."
        )
        union, studios = story(text).likeness_proposals
        assert (str(union.payment), union.owner, union.perpetual) == (
            "one day's pay",
            "the company",
            True,
        )
        assert studios.affected == "background performers"
        assert studios.scope == "the motion picture for which the performer is employed"
        assert studios.compensated_reuse is True

    @pytest.mark.parametrize(
        "opening", ["According to the AMPTP,", "The AMPTP says", "The AMPTP said that"]
    )
    def test_the_studios_offer_of_consent_and_pay_for_a_performer(self, opening):
        text = (
            f"{opening} its offer would require a performer's consent before any digital "
            "replica is used, and would pay for the use."
        )
        (proposal,) = story(text).likeness_proposals
        assert (proposal.proposer is not None and proposal.proposer.name) == "AMPTP"
        assert (proposal.affected, proposal.consent_required, proposal.compensated_reuse) == (
            "performer",
            True,
            True,
        )

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Under the deal, producers must obtain a performer's consent before creating a "
                "digital replica, and must pay for the days it would have taken to film."
            ),
            (
                "The tentative agreement requires studios to get consent from background actors "
                "before they would use their digital replicas."
            ),
            "In the new contract, background actors would have to consent to any scan.",
        ],
    )
    def test_the_terms_of_the_deal_are_no_proposal(self, text):
        assert story(text).likeness_proposals == ()

    def test_a_proposal_for_the_contract_is_one(self):
        text = "Under the contract proposal, background actors would be scanned for one day's pay."
        (proposal,) = story(text).likeness_proposals
        assert proposal.affected == "background actors"

    def test_the_members_account_and_the_alliances_answer_are_two(self):
        text = (
            "Background actors, who earn $187 a day, say the studios want to scan their bodies "
            "and use the results indefinitely. The AMPTP has called that inaccurate. Its "
            "proposal, the group said, would limit the use of a background actor's digital "
            "replica to the production for which the actor was hired."
        )
        members, studios = story(text).likeness_proposals
        assert (members.perpetual, members.scope) == (True, None)
        assert studios.scope == "the production for which the actor was hired"
        assert studios.perpetual is False

    def test_a_group_named_later_takes_the_place_of_one_performer(self):
        text = (
            "The AMPTP says its offer would require a performer's consent before any digital "
            "replica is used. The AMPTP says background actors would be scanned and paid for "
            "each use."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.affected == "background actors"

    def test_the_studios_account_alone_of_one_performer(self):
        text = (
            "The AMPTP countered that its proposal requires consent and payment for any use of a "
            "digital replica beyond the film the performer was hired for."
        )
        (proposal,) = story(text).likeness_proposals
        assert (proposal.proposer is not None and proposal.proposer.name) == "AMPTP"
        assert proposal.affected == "performer"
        assert (proposal.consent_required, proposal.compensated_reuse) == (True, True)
        assert proposal.scope == "the film the performer was hired for"

    def test_a_days_wages(self):
        text = (
            "The union said the AMPTP proposed that background performers be scanned, paid one "
            "day's wages, and that studios own the digital replicas in perpetuity."
        )
        (proposal,) = story(text).likeness_proposals
        assert (str(proposal.payment), proposal.perpetual) == ("one day's pay", True)

    def test_an_account_that_goes_on_in_the_next_quoted_sentence(self):
        text = (
            "In a statement, the AMPTP said the union's account was false. "
            '"The current proposal only permits a company to use the digital replica of a '
            "background actor in the motion picture for which the background actor is "
            'employed," the statement said. "Any other use requires the background actor\'s '
            'consent and bargaining for the use, subject to a minimum payment."'
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.proposer is not None
        assert (proposal.proposer.name, proposal.consent_required, proposal.compensated_reuse) == (
            "AMPTP",
            True,
            True,
        )
        assert len(proposal.evidence) == 2  # the account and the sentence going on

    def test_someone_elses_next_sentence_adds_nothing(self):
        text = (
            "In a statement, the AMPTP said the union's account was false. "
            '"The current proposal only permits a company to use the digital replica of a '
            "background actor in the motion picture for which the background actor is "
            'employed," the statement said. "It requires consent," said Ann Lee, an actor.'
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.consent_required is None
        assert len(proposal.evidence) == 1

    def test_per_a_person_opening_the_sentence(self):
        text = (
            "Per SAG-AFTRA's chief negotiator Duncan Crabtree-Ireland, the studios' offer would "
            "let them scan extras, pay them for a day, and keep the scans forever."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.reported_by is not None
        assert proposal.reported_by.name == "Duncan Crabtree-Ireland"

    def test_two_unnamed_givers_are_two_accounts(self):
        text = (
            "SAG-AFTRA is on strike. The union says the studios want to scan a background "
            "actor's face for a day's pay and use it forever. The AMPTP calls that claim "
            "false. It says any digital replica would be used only in the production the actor "
            "was hired for, and that other uses would need consent."
        )
        union, studios = story(text).likeness_proposals
        assert (union.perpetual, union.consent_required) == (True, None)
        assert (studios.perpetual, studios.consent_required) == (False, True)

    def test_it_is_no_streamers_account(self):
        text = (
            "SAG-AFTRA says the studios want to scan background actors for a day's pay and use "
            "the scans forever. Netflix declined to comment. It says any digital replica would "
            "be used only in the production the actor was hired for."
        )
        proposers = {p.proposer.name for p in story(text).likeness_proposals if p.proposer}
        assert "Netflix" not in proposers

    def test_the_studios_terms_in_other_words(self):
        text = (
            "The AMPTP said its proposal would only allow a studio to use a digital replica of a "
            "background actor in the film they were hired for, and that any other use would "
            "require the actor's consent and bargained payment."
        )
        (proposal,) = story(text).likeness_proposals
        assert (proposal.scope, proposal.consent_required, proposal.compensated_reuse) == (
            "the film they were hired for",
            True,
            True,
        )

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Union negotiators said the AMPTP had proposed scanning background actors, "
                "paying them for a day, and using their likeness in perpetuity without further "
                "consent or compensation."
            ),
            (
                "SAG-AFTRA said the studios proposed that extras could be scanned after being "
                "paid for just one day, with their likeness used in any project, forever, with "
                "no consent or pay."
            ),
        ],
    )
    def test_terms_in_other_words(self, text):
        (proposal,) = story(text).likeness_proposals
        assert str(proposal.payment) == "one day's pay"
        assert (proposal.perpetual, proposal.consent_required, proposal.compensated_reuse) == (
            True,
            False,
            False,
        )

    @pytest.mark.parametrize("again", ["again", "any further", "more"])
    def test_without_paying_them_again(self, again):
        text = (
            "The AMPTP's offer would let studios scan background actors and reuse their "
            f"digital replicas without paying them {again}."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.compensated_reuse is False

    @pytest.mark.parametrize(
        ("text", "owner"),
        [
            (
                (
                    "According to SAG-AFTRA, the studios wanted to scan background actors, pay them "
                    "for one day and keep the scans."
                ),
                "the studios",
            ),
            (
                (
                    "The union said the studios want to scan background performers, pay them for a "
                    "day, and own their likeness for ever."
                ),
                "the studios",
            ),
            (
                (
                    "The union has said studios proposed scanning the faces of background "
                    "performers, paying them for one day of work and then owning the digital replicas."
                ),
                "studios",
            ),
            (  # the alliance's name is no owner
                (
                    "A proposal from the Alliance of Motion Picture and Television Producers would "
                    "let studios scan background artists for a day's pay and own their likeness."
                ),
                "studios",
            ),
            (  # the actors keep the scans, not the studios
                (
                    "The union said the studios want to scan background actors for a day's pay. "
                    "Actors would keep the scans."
                ),
                None,
            ),
        ],
    )
    def test_the_studios_would_keep_the_scans(self, text, owner):
        proposal = story(text).likeness_proposals[0]
        assert proposal.owner == owner

    @pytest.mark.parametrize(
        ("answer", "terms"),
        [
            (
                (
                    "The AMPTP says that is a mischaracterisation, and that consent would be "
                    "required for any use beyond the original production."
                ),
                {"consent_required": True},
            ),
            (
                (
                    "The AMPTP, which negotiates for the studios, has said the proposal allowed use "
                    "only in the film the actor was hired for."
                ),
                {"scope": "the film the actor was hired for"},
            ),
            (
                (
                    "The AMPTP called the description false, saying consent would be needed for "
                    "any later use."
                ),
                {"consent_required": True},
            ),
            (  # its own terms, with no word of the account it answers
                "The AMPTP has said it would require consent for any use beyond the shoot.",
                {"consent_required": True},
            ),
        ],
    )
    def test_an_answer_in_the_next_sentence_is_a_second_account(self, answer, terms):
        text = (
            "According to the union, the studios want to scan background actors for a single "
            f"day's pay and use the scans in perpetuity. {answer}"
        )
        union, studios = story(text).likeness_proposals
        assert union.perpetual
        assert studios.proposer is not None
        assert studios.proposer.name == "AMPTP"
        assert studios.affected == "background actors"  # from the account it answers
        assert {name: getattr(studios, name) for name in terms} == terms

    @pytest.mark.parametrize(
        "answer",
        [
            "The AMPTP has disputed that characterisation.",  # no term of its own
            "The AMPTP said talks would resume in August, with consent required.",  # no answer
            "The union also says that is a mischaracterisation, and consent would be required.",
        ],
    )
    def test_no_second_account_without_an_answer_by_another_party(self, answer):
        text = (
            "According to the union, the studios want to scan background actors for a single "
            f"day's pay. {answer}"
        )
        assert len(story(text).likeness_proposals) == 1

    def test_a_later_answer_saying_its_own_terms_is_its_own_account(self):
        text = (
            "A viral post says the studios want to scan extras and use their likeness forever "
            "after paying them for a single day. The union's negotiator made that claim on "
            "Tuesday. The AMPTP called the description false, saying the proposal limits the use "
            "of a digital replica to the film for which the background actor was hired."
        )
        told, answer = story(text).likeness_proposals
        assert (told.affected, str(told.payment), told.perpetual) == (
            "extras",
            "one day's pay",
            True,
        )
        assert answer.proposer is not None
        assert answer.proposer.name == "AMPTP"
        assert answer.scope == "the film for which the background actor was hired"
        assert answer.payment is None

    def test_a_denial_is_no_account(self):
        text = (
            "The studios did not propose scanning background actors for one day's pay, the "
            "AMPTP said."
        )
        assert story(text).likeness_proposals == ()

    @pytest.mark.parametrize(
        ("text", "payment", "owner"),
        [
            (
                (
                    "Under the proposal, extras would be scanned, paid for half a day, and their "
                    "likeness owned by the studio in perpetuity."
                ),
                aistrike.Pay(None, aistrike.PayUnit.DAY, Decimal("0.5")),
                "the studio",
            ),
            (
                (
                    "The studios' offer would pay background actors for one day of work and let "
                    "companies use their digital replicas forever."
                ),
                aistrike.Pay(None, aistrike.PayUnit.DAY, Decimal(1)),
                None,
            ),
        ],
    )
    def test_pay_and_owner_forms(self, text, payment, owner):
        (proposal,) = story(text).likeness_proposals
        assert (proposal.payment, proposal.owner) == (payment, owner)

    def test_without_consent_or_further_payment(self):
        text = (
            "SAG-AFTRA says the studios proposed that background performers be scanned for a "
            "single day's pay and used forever, without consent or further payment."
        )
        (proposal,) = story(text).likeness_proposals
        assert (proposal.consent_required, proposal.compensated_reuse) == (False, False)

    def test_would_require_the_actors_consent(self):
        text = (
            "The AMPTP said its proposal to scan background actors would allow other uses "
            "only with the actor's consent, and any such use would require the actor's consent."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.consent_required is True

    def test_according_to_names_the_reporter(self):
        text = (
            "According to Duncan Crabtree-Ireland, the studios want to scan background "
            "performers, pay them for one day, and keep their likeness for ever."
        )
        (proposal,) = story(text).likeness_proposals
        assert proposal.reported_by is not None
        assert proposal.reported_by.name == "Duncan Crabtree-Ireland"
        assert proposal.perpetual is True

    def test_asked_to_scan_and_the_film_they_were_hired_for(self):
        text = (
            "The union's chief negotiator, Ann Lee, said studios had asked to scan background "
            "performers, pay them for one day, and use the likeness indefinitely. The AMPTP said "
            "the digital replica would only be used in the film the actor was hired for, and "
            "that any other use would require consent and payment."
        )
        union, studios = story(text).likeness_proposals
        assert union.reported_by is not None
        assert (union.reported_by.name, union.affected, union.perpetual) == (
            "Ann Lee",
            "background performers",
            True,
        )
        assert studios.scope == "the film the actor was hired for"
        assert (studios.consent_required, studios.compensated_reuse) == (True, True)

    def test_sought_to_own_digital_likenesses(self):
        text = (
            "Ann Lee said the studios sought to own background actors' digital likenesses "
            "after paying them for one day."
        )
        (proposal,) = story(text).likeness_proposals
        assert (proposal.affected, proposal.owner, str(proposal.payment)) == (
            "background actors",
            "the studios",
            "one day's pay",
        )

    def test_the_actors_union_is_not_who_is_scanned(self):
        text = (
            "The actors' union says the AMPTP proposed that background performers be scanned "
            "for a day's pay, with studios owning the resulting digital replicas indefinitely. "
            "The AMPTP has disputed that, saying its proposal would only permit use of a replica "
            "in the motion picture for which the performer was employed."
        )
        union, studios = story(text).likeness_proposals
        assert (union.affected, union.owner, union.perpetual) == (
            "background performers",
            "studios",
            True,
        )
        assert studios.scope == "the motion picture for which the performer was employed"

    def test_the_studios_insist_is_a_second_account(self):
        text = (
            "The AMPTP, which bargains for the studios, has been accused of wanting to scan "
            "extras for one day's pay and use their digital doubles forever. The AMPTP insists "
            "extras would have to consent before any replica was used again."
        )
        accused, insists = story(text).likeness_proposals
        assert (accused.perpetual, accused.compensated_reuse) == (
            True,
            None,
        )  # "bargains" is no pay
        assert (insists.affected, insists.consent_required) == ("extras", True)

    def test_described_a_proposal_and_to_the_production(self):
        text = (
            "Chief negotiator Ann Lee described a studio proposal under which background "
            "performers would be scanned and paid for a day's work. An AMPTP spokesperson "
            "disputed that, saying the proposal limited use of a digital replica to the "
            "production for which the performer was hired."
        )
        union, studios = story(text).likeness_proposals
        assert union.reported_by is not None
        assert union.reported_by.name == "Ann Lee"
        assert studios.scope == "the production for which the performer was hired"

    def test_the_union_and_its_negotiator_give_one_account(self):
        """One party, one object: the union's account and its chief negotiator's are one."""
        text = (
            "SAG-AFTRA is on strike. The union says the studios want to scan background actors "
            "for a day's pay. Ann Lee, SAG-AFTRA's chief negotiator, said the studios wanted to "
            "scan them and own the scans forever. The AMPTP disputed that, saying the proposal "
            "limits use of a replica to the film the actor was hired for."
        )
        union, studios = story(text).likeness_proposals
        assert union.reported_by is not None
        assert (union.reported_by.name, str(union.payment), union.perpetual) == (
            "Ann Lee",
            "one day's pay",
            True,
        )
        assert len(union.evidence) == 2
        assert studios.scope == "the film the actor was hired for"

    @pytest.mark.parametrize(
        ("answer", "terms"),
        [
            (
                "The AMPTP disputed this, saying the scans could only be used in the film the actor was hired for.",
                {"scope": "the film the actor was hired for"},
            ),
            (
                "The AMPTP disputed this, saying consent would be needed for any later use.",
                {"consent_required": True},
            ),
        ],
    )
    def test_an_answer_after_the_speakers_own_quotation(self, answer, terms):
        text = (
            "The union's chief negotiator, Ann Lee, said the studios had proposed that background "
            'performers be scanned for one day\'s pay. "Think again," she said. ' + answer
        )
        told, answered = story(text).likeness_proposals
        assert told.reported_by is not None
        assert told.reported_by.name == "Ann Lee"
        assert answered.proposer is not None
        assert answered.proposer.name == "AMPTP"
        assert {name: getattr(answered, name) for name in terms} == terms

    def test_no_answer_after_someone_elses_quotation(self):
        text = (
            "The union's chief negotiator, Ann Lee, said the studios had proposed that background "
            'performers be scanned for one day\'s pay. "It is fine," an agent, Bo Ray, said. '
            "The AMPTP disputed this, saying consent would be needed for any later use."
        )
        assert len(story(text).likeness_proposals) == 1

    def test_an_answer_that_names_replicas_itself(self):
        text = (
            "Chief negotiator Ann Lee claimed the studios wanted to scan background actors for "
            "a day's pay. A spokesman for the AMPTP called the claim false and insisted any "
            "digital replica could only be used in the film the actor was hired for."
        )
        told, answer = story(text).likeness_proposals
        assert told.reported_by is not None
        assert told.reported_by.name == "Ann Lee"
        assert answer.proposer is not None
        assert (answer.proposer.name, answer.scope) == ("AMPTP", "the film the actor was hired for")

    @pytest.mark.parametrize(
        "text",
        [
            'The AMPTP said its proposal "protects performers\' digital likenesses."',
            "Actors want a bigger share of revenue, and a say over digital replicas.",
        ],
    )
    def test_replicas_with_no_term_are_no_account(self, text):
        assert story(text).likeness_proposals == ()

    def test_a_scan_with_no_term_is_an_account(self):
        (proposal,) = story("The studios want to scan background actors.").likeness_proposals
        assert proposal.affected == "background actors"

    def test_a_scan_with_no_term_and_no_one_to_propose_it_is_none(self):
        text = (
            "Guest Tomas Lindqvist, a background actor, explains what it is like to be asked "
            "to step into a scanning booth on set."
        )
        assert story(text).likeness_proposals == ()

    def test_a_scan_with_no_term_told_of_no_one_on_the_studios_side_is_none(self):
        text = (
            "The AMPTP is in talks. A background actor says she was asked to step into a "
            "scanning booth on set, with no explanation of how the images would be used."
        )
        assert story(text).likeness_proposals == ()

    def test_he_said_after_a_spokesperson_is_the_spokespersons_party(self):
        text = (
            "Studios want to own actors' digital likenesses forever, union says. SAG-AFTRA's "
            "chief negotiator Duncan Crabtree-Ireland said the studios proposed that background "
            "performers be scanned for one day's pay, with the studios owning the scan forever. "
            "A spokesman for the AMPTP disputed that account. He said the proposal would let a "
            "studio use a digital replica of a background actor only in the film for which the "
            "actor was employed."
        )
        union, alliance = story(text).likeness_proposals
        # the headline's account ("union says") is the union's, of background performers
        assert (union.affected, union.perpetual, len(union.evidence)) == (
            "background performers",
            True,
            2,
        )
        assert union.reported_by is not None
        assert union.reported_by.name == "Duncan Crabtree-Ireland"
        assert (alliance.perpetual, alliance.scope) == (
            False,
            "the film for which the actor was employed",
        )

    @pytest.mark.parametrize(
        ("text", "affected", "consent"),
        [
            (  # the group after the scan, not the one of the reporter's description
                (
                    "The union representing Hollywood actors said the studios' offer would have "
                    "let them scan extras for a single day's pay and own the images in perpetuity."
                ),
                "extras",
                None,
            ),
            (
                (
                    "The AMPTP said its proposal would require performers' consent for any "
                    "digital replica used beyond the film they were hired for."
                ),
                "performers",
                True,
            ),
        ],
    )
    def test_who_is_scanned_and_their_consent(self, text, affected, consent):
        (proposal,) = story(text).likeness_proposals
        assert (proposal.affected, proposal.consent_required) == (affected, consent)

    def test_likeness_alone_is_no_scan(self):
        text = (
            "The notice said that no participant's likeness would be used in a product, and "
            "the show uses contestants' likeness, which actors would hate."
        )
        assert story(text).likeness_proposals == ()

    def test_the_owner_in_lower_case_and_the_scope_of_the_background_actor(self):
        text = (
            "The studios want to be able to scan background actors, pay them for a day's work "
            "and then own their likeness in perpetuity, according to SAG-AFTRA. The AMPTP has "
            "said its proposal would require consent for use beyond the film the background "
            "actor was hired for."
        )
        union, alliance = story(text).likeness_proposals
        assert (union.owner, union.perpetual) == ("the studios", True)
        assert alliance.scope == "the film the background actor was hired for"

    def test_the_alliance_after_the_unions_words_is_the_alliance(self):
        text = (
            "SAG-AFTRA's chief negotiator said the studios had proposed scanning background "
            "performers, paying them for one day, and owning the scans forever. "
            '"The claim made today by SAG-AFTRA leadership is false," a spokesperson said. '
            "The alliance said its proposal only permits a company to use the digital replica "
            "of a background actor in the motion picture for which the actor is employed. "
            "The AMPTP represents the studios."
        )
        union, alliance = story(text).likeness_proposals
        assert (union.perpetual, union.scope) == (True, None)
        assert alliance.scope == "the motion picture for which the actor is employed"

    def test_no_account_without_a_party(self):
        """A scan sentence with no one giving it and no performers named is not a proposal."""
        text = (
            "Duncan Crabtree-Ireland said the studios wanted background performers to be scanned. "
            "The scan would be stored on servers."
        )
        assert len(story(text).likeness_proposals) == 1


def test_a_repeated_claim_is_one_precedent():
    """One real-world fact, one object: the claim told twice has two spans."""
    claim = "WGA writers and SAG-AFTRA actors are on strike together for the first time since 1960."
    (precedent,) = story(f"{claim} Some more news. {claim}").precedents
    assert len(precedent.evidence) == 2


def test_a_count_of_his_fellow_members():
    text = (
        "Netflix is hiring a product manager for $900,000. Actor Rob Delaney said the Netflix "
        "salary could cover health insurance for 35 of his fellow union members."
    )
    (comparison,) = story(text).comparisons
    assert comparison.claimed == Decimal(35)


def test_a_repeated_comparison_is_one_object():
    text = (
        "Netflix is hiring an AI product manager for $900,000 a year. "
        "The $900,000 salary could qualify 35 actors for health insurance. "
    )
    (comparison,) = story(text * 3).comparisons
    assert len(comparison.evidence) == 3


def test_a_claim_about_a_range_then_its_top_is_one_comparison():
    """A headline's "Netflix's AI salary" (the range) and the text's "$900,000": one claim, about $900,000."""
    text = (
        "Could Netflix's AI salary pay for 35 actors' health insurance? "
        "Netflix lists a product manager role with pay ranging from $300,000 to $900,000 a year. "
        "An actor said the $900,000 would qualify 35 actors for SAG-AFTRA health insurance."
    )
    (comparison,) = story(text).comparisons
    assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", Decimal(35))
    assert [text[s.start : s.end][:5] for s in comparison.evidence] == ["Could", "An ac"]


def test_the_same_claim_by_someone_and_no_one_is_one_comparison():
    text = (
        "Actors say the sum could cover health insurance for 35 actors. "
        'Ann Lee said: "That $900,000 could qualify 35 actors for health insurance."'
    )
    (comparison,) = aistrike.extract(
        "Netflix is hiring an AI product manager for $900,000. " + text
    ).comparisons
    assert comparison.speaker == Person("Ann Lee")
    assert len(comparison.evidence) == 2


@pytest.mark.parametrize(
    "second",
    [
        "The $300,000 would qualify 35 actors for health insurance.",  # another sum
        "The $900,000 would qualify 34 actors for health insurance.",  # another count
        'Bo Ek said: "The $900,000 would qualify 35 actors for health insurance."',  # another speaker
    ],
)
def test_claims_that_differ_stay_apart(second):
    first = 'Ann Lee said: "The $900,000 a year would qualify 35 actors for health insurance." '
    assert len(story(first + second).comparisons) == 2


@pytest.mark.parametrize(
    ("text", "kind", "origin"),
    [
        (
            (
                "Netflix's Spanish-language dating show Deep Fake Love, which premiered on July 6, "
                "uses AI deepfakes."
            ),
            "dating show",
            "Spanish",
        ),
        (
            (
                "A Spanish reality series called Deep Fake Love, launched by Netflix on 6 July, "
                "shows deepfaked footage."
            ),
            "reality series",
            "Spanish",
        ),
        ("The show, Deep Fake Love, arrived on Netflix on July 6 and uses AI.", "show", None),
        (  # the sentence after says it uses AI
            "Netflix's Spanish reality series Deep Fake Love premiered on July 6. It uses AI to fake cheating.",
            "reality series",
            "Spanish",
        ),
        (  # the title first; a word opening the sentence is not part of it
            (
                "In Deep Fake Love, a Spanish reality series that arrived on Netflix on July 6, "
                "contestants watch AI deepfakes of their partners."
            ),
            "reality series",
            "Spanish",
        ),
    ],
)
def test_production_forms(text, kind, origin):
    (production,) = story(text).productions
    assert (production.title, production.kind, production.origin) == (
        "Deep Fake Love",
        kind,
        origin,
    )
    assert production.launched == datetime.date(2023, 7, 6)
    assert production.producer is not None
    assert production.producer.name == "Netflix"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # the comma inside the quotation marks is no part of the title
        (
            'Netflix\'s Spanish reality show "Deep Fake Love," which debuted July 6, uses AI.',
            "Spanish",
        ),
        # the maker's name between the article and the kind
        ("Deep Fake Love, a Netflix reality series from Spain, uses deepfake technology.", None),
        ("Critics said Deep Fake Love, an American reality series, uses AI.", "American"),
    ],
)
def test_a_production_named_in_other_ways(text, origin):
    (production,) = story(text).productions
    assert (production.title, production.origin) == ("Deep Fake Love", origin)


def test_a_company_owning_a_production():
    text = (
        'The Netflix-owned reality show "Deep Fake Love", which launched on July 6, shows '
        "contestants AI-generated videos."
    )
    (production,) = story(text).productions
    assert production.producer is not None
    assert production.producer.name == "Netflix"


@pytest.mark.parametrize("text", ["Meta-analysis shows little.", "SAG-AFTRA and Sag-Aftra met."])
def test_a_name_running_on_is_no_other_organisation(text):
    assert [o.name for o in story(text).organizations] in ([], ["SAG-AFTRA"])


def test_a_quoted_job_title_is_no_quote():
    text = 'Disney has posted a listing for a "Senior AI Engineer" who will "drive innovation."'
    assert [q.text for q in story(text).quotes] == ["drive innovation."]


def test_a_title_of_two_words_keeps_its_possessive():
    text = "Grey's Anatomy, a drama series that uses AI-generated scenes, returned."
    (production,) = aistrike.extract(text).productions
    assert production.title == "Grey's Anatomy"


def test_a_title_after_its_makers_possessive():
    text = (
        "Netflix's Deep Fake Love, a Spanish dating show that uses AI-generated fakes to test "
        "couples, debuted on July 6."
    )
    (production,) = aistrike.extract(text, published=datetime.date(2023, 7, 26)).productions
    assert (production.title, production.launched) == ("Deep Fake Love", datetime.date(2023, 7, 6))
    assert production.producer is not None
    assert production.producer.name == "Netflix"


@pytest.mark.parametrize(
    "text",
    [
        "Black Mirror, a drama series on Netflix, has an episode about AI.",
        "The drama series Black Mirror has an episode about AI.",
        # the sentence after is about AI, but says of no show that it uses it
        "The drama series Black Mirror returned on July 6. It features an episode about AI.",
        "The drama series Black Mirror returned on July 6. It uses a new cast. Studios use AI.",
    ],
)
def test_a_show_about_ai_is_not_made_with_it(text):
    assert story(text).productions == ()


def test_a_launch_heading_a_line_of_a_timeline():
    text = "- July 6: Netflix premieres Deep Fake Love, a Spanish dating show that uses deepfakes."
    (production,) = story(text).productions
    assert str(production.launched) == "2023-07-06"


def test_a_title_opening_the_sentence_after_a_production_named_by_its_kind():
    text = (
        "A new Spanish-language reality show on Netflix is using deepfake technology to test "
        "couples. Deep Fake Love, which launched on the platform on July 6, has five couples."
    )
    (production,) = story(text).productions
    assert (production.title, production.kind, production.origin) == (
        "Deep Fake Love",
        "reality show",
        "Spanish",
    )
    assert str(production.launched) == "2023-07-06"
    assert production.producer is not None
    assert production.producer.name == "Netflix"
    assert len(production.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the kind is not what uses AI
        "Actors in a reality show fear AI. Deep Fake Love, which launched on July 6, has couples.",
        # a name, not a title, opens the next sentence
        "A new reality show is using AI fakes. Netflix, which released it on July 6, is silent.",
        "A new reality show is using AI fakes. Rob Delaney, who starred in Catastrophe, hates it.",
    ],
)
def test_no_title_in_the_sentence_after(text):
    assert story(text).productions == ()


def test_out_since_is_a_launch():
    text = "Spanish reality show Deep Fake Love, out since July 6, uses AI-generated videos."
    (production,) = story(text).productions
    assert str(production.launched) == "2023-07-06"


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        (
            (
                "Deep Fake Love is a Spanish reality series that uses deepfake technology. "
                "It premiered on July 6."
            ),
            "2023-07-06",
        ),
        (
            (
                "Netflix released Deep Fake Love, a Spanish reality show built on AI deepfakes, "
                "on July 6."
            ),
            "2023-07-06",
        ),
        (  # a date of something else after the release
            (
                "Netflix released Deep Fake Love, a Spanish reality show built on AI deepfakes, "
                "weeks before the strike began on July 14."
            ),
            None,
        ),
    ],
)
def test_is_a_show_built_on_ai_and_its_release(text, launched):
    (production,) = story(text).productions
    assert (production.title, production.origin) == ("Deep Fake Love", "Spanish")
    assert (str(production.launched) if production.launched else None) == launched


def test_a_production_named_three_times_is_one_object():
    (production,) = story("The reality show Deep Fake Love uses AI deepfakes. " * 3).productions
    assert len(production.evidence) == 3


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("July 14: actors strike", ["2023-07-14"]),
        ("July 14:30 is no date", []),  # a time, not a day
        ("on July 14, 2023: a Friday", ["2023-07-14"]),
    ],
)
def test_a_date_before_a_colon(text, days):
    from aistrike.extract.dates import find_dates  # noqa: PLC0415

    assert [str(m.day) for m in find_dates(text, published=PUBLISHED)] == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a weekday with its date is that date, not the last such weekday before publication
        ("since Friday, July 14", ["2023-07-14"]),
        ("on Friday, 14 July", ["2023-07-14"]),
        ("since Friday, and talks stalled", ["2023-07-21"]),
        ("since the 14th of July", ["2023-07-14"]),
    ],
)
def test_a_weekday_and_its_date(text, days):
    from aistrike.extract.dates import find_dates  # noqa: PLC0415

    assert [str(m.day) for m in find_dates(text, published=PUBLISHED)] == days


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # up to a week ahead: what is about to happen
        ("will go on strike on July 26", "2024-07-25", "2024-07-26"),
        ("will go on strike on July 26", "2024-07-18", "2023-07-26"),  # more than a week
        ("on Jan 3", "2023-12-30", "2024-01-03"),
        # a weekday picks the year it fits
        ("since Friday, July 14", "2024-07-25", "2023-07-14"),
        ("on Friday, July 26", "2024-07-25", "2024-07-26"),
        ("on Monday, July 14", "2024-07-25", "2024-07-14"),  # fits no year: the latest
        ("on Feb 29", "2025-03-01", "2024-02-29"),  # the year that has it
        # a weekday: the latest up to publication, that day itself when it is one
        ("went on strike on Friday", "2024-07-26", "2024-07-26"),
        ("went on strike on Friday", "2024-07-27", "2024-07-26"),
        ("went on strike last Friday", "2024-07-26", "2024-07-19"),  # the week before
        ("went on strike last Friday", "2024-07-29", "2024-07-26"),
    ],
)
def test_a_day_and_month_around_publication(text, published, day):
    from aistrike.extract.dates import find_dates  # noqa: PLC0415

    (mention,) = find_dates(text, published=datetime.date.fromisoformat(published))
    assert str(mention.day) == day


def test_its_members_opening_a_sentence_are_the_union_before():
    text = (
        "The WGA is on strike. SAG-AFTRA remains on strike too. Its members walked out on July 14."
    )
    started = {a.union.name: a.started for a in story(text).labour_actions}
    assert started == {"WGA": None, "SAG-AFTRA": datetime.date(2023, 7, 14)}


@pytest.mark.parametrize(
    ("second", "started"),
    [
        ("The strike began on May 2.", "2023-05-02"),
        ("The strike, which began on May 2, goes on.", "2023-05-02"),
        ("The strikes of 1960 began in March.", None),  # not "the strike" of this union
    ],
)
def test_the_strike_opening_a_sentence_is_the_union_before(second, started):
    text = f"The Writers Guild of America voted to end its strike. {second}"
    found = aistrike.extract(text, published=datetime.date(2023, 9, 27))
    (action,) = found.labour_actions
    assert (str(action.started) if action.started else None) == started


def test_their_strike_opening_a_sentence_is_the_union_before():
    text = (
        "Writers went back after the Writers Guild of America reached a deal. "
        "Their strike had begun on May 2 and lasted 148 days."
    )
    found = aistrike.extract(text, published=datetime.date(2023, 11, 10))
    assert [(a.union.name, str(a.started)) for a in found.labour_actions] == [("WGA", "2023-05-02")]


def test_members_of_the_union_opening_a_sentence_are_the_union_before():
    text = (
        "The WGA is on strike. SAG-AFTRA says actors earn too little. "
        "Members of the union began picketing on 14 July."
    )
    started = {a.union.name: a.started for a in story(text).labour_actions}
    assert started == {"WGA": None, "SAG-AFTRA": datetime.date(2023, 7, 14)}


def test_the_advertised_salary_is_the_amount_compared():
    text = (
        "Netflix is offering up to $900,000 a year for an AI specialist. According to the union, "
        "members must earn $26,470 a year to qualify for its health plan, so the advertised "
        "salary would cover 34 of them."
    )
    (comparison,) = story(text).comparisons
    assert str(comparison.amount) == "$900,000 a year"
    assert comparison.claimed == 34


@pytest.mark.parametrize("pay", ["one day of pay", "a single day's wage", "a day's pay"])
def test_a_days_pay_for_a_scan(pay):
    text = (
        f"The union says studios want to scan background performers for {pay} and keep the scans."
    )
    (proposal,) = story(text).likeness_proposals
    assert str(proposal.payment) == "one day's pay"


@pytest.mark.parametrize(
    ("after", "started"),
    [
        ("SAG-AFTRA joined on July 14.", "2023-07-14"),
        ("SAG-AFTRA joined them on July 14.", "2023-07-14"),
        ("SAG-AFTRA joined talks with the AMPTP on July 14.", None),  # talks, no strike
    ],
)
def test_joined_right_after_a_strike(after, started):
    actions = story(f"The WGA has been on strike since May 2. {after}").labour_actions
    found = {a.union.name: str(a.started) for a in actions}
    assert found.get("SAG-AFTRA") == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        ("SAG-AFTRA, whose members went out on July 14, says the talks are stalled.", "2023-07-14"),
        ("The WGA went out in early May.", "2023-05"),
        ("SAG-AFTRA members went out for dinner on July 14.", None),  # no strike
    ],
)
def test_went_out(text, started):
    actions = story(text).labour_actions
    assert [str(a.started or a.started_month) for a in actions] == ([started] if started else [])


@pytest.mark.parametrize(
    ("text", "started", "ended"),
    [
        ("SAG-AFTRA's strike came to an end on November 9.", None, "2023-11-09"),
        ("The WGA strike lasted from May 2 to September 27.", "2023-05-02", "2023-09-27"),
        (
            "The WGA strike ran from May 2, 2023 through September 27, 2023.",
            "2023-05-02",
            "2023-09-27",
        ),
    ],
)
def test_the_end_of_a_strike_in_other_words(text, started, ended):
    (action,) = aistrike.extract(text, published=datetime.date(2023, 11, 20)).labour_actions
    assert (str(action.started) if action.started else None, str(action.ended)) == (started, ended)


def test_the_on_of_a_word_before_a_date_is_no_start():
    """ "London on Saturday": the "on" that ends "London" and the one after it are not a start's."""
    text = "Equity held a rally in London on Saturday for the striking SAG-AFTRA members."
    (action,) = story(text).labour_actions
    assert action.started is None


@pytest.mark.parametrize(
    "benchmark",
    [
        "SAG-AFTRA says background actors get a minimum day rate of $187, meaning",
        "Background actors earn $187 a day, so",
    ],
)
def test_the_day_rate_named_before_the_claim_is_not_the_amount(benchmark):
    text = (
        "Netflix lists annual pay of $300,000 to $900,000 for a product manager. "
        f"{benchmark} the top of the Netflix range equals about 4,812 days of background work."
    )
    (comparison,) = story(text).comparisons
    assert (str(comparison.amount), comparison.claimed) == ("$900,000 a year", Decimal(4812))
