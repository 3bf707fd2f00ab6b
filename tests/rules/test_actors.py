"""Actors a new user meets: own short articles, one per case of issue #16 and #15.

Each row is a text and what must hold of its actors and speakers; the names are
invented.
"""

from __future__ import annotations

from newsclaims import ActorKind, Article, from_dict, parse_article, to_dict
from newsclaims.render import to_html
from newsclaims.rules.actors.entities import find_mentions


def _speakers(article: Article) -> list[str | None]:
    """The name of each claim's speaker, in claim order ("-" for no speaker)."""
    out: list[str | None] = []
    for c in article.claims:
        who = article.actor(c.speaker)
        out.append("-" if who is None else who.name)
    return out


class TestUnresolvedPronouns:
    def test_two_unresolved_pronouns_are_two_unnamed_actors(self) -> None:
        text = "He said nothing. She said the vote was rigged."
        art = parse_article(text)
        assert _speakers(art) == [None, None]
        assert len(art.actors) == 2
        assert all(a.name is None for a in art.actors)
        assert all(a.kind is ActorKind.UNKNOWN for a in art.actors)
        assert [a.mentions[0].of(text) for a in art.actors] == ["He", "She"]

    def test_an_unnamed_actor_round_trips_and_renders(self) -> None:
        art = parse_article("She said the vote was rigged.")
        assert art.actors[0].name is None
        assert from_dict(to_dict(art)) == art
        assert "name" not in to_dict(art)["actors"][0] or (
            to_dict(art)["actors"][0]["name"] is None
        )
        page = to_html(art)
        assert "<em>unnamed</em>" in page
        assert "None" not in page


class TestPronounSpeakers:
    def test_a_lone_surname_opening_a_sentence_is_the_antecedent(self) -> None:
        text = 'Ortiz waved to the crowd. "We will appeal," she said.'
        art = parse_article(text)
        assert _speakers(art) == ["Ortiz"]
        (actor,) = art.actors
        assert [m.of(text) for m in actor.mentions] == ["Ortiz", "she"]
        assert actor.kind is ActorKind.PERSON

    def test_a_named_person_beats_a_lone_surname(self) -> None:
        text = (
            "Ortiz waved to the crowd. Later Senator Mira Solberg spoke. "
            '"We will appeal," she said.'
        )
        assert _speakers(parse_article(text)) == ["Mira Solberg"]

    def test_a_pronoun_of_the_other_gender_skips_a_gendered_name(self) -> None:
        text = 'Ms Ortiz waved to the crowd. "We will appeal," he said.'
        art = parse_article(text)
        assert _speakers(art) == [None]


def _actor_names(text: str) -> list[str | None]:
    return [a.name for a in parse_article(text).actors]


class TestMentionReading:
    def test_a_capitalised_role_word_inside_a_body_name(self) -> None:
        text = "The Federal Transit Safety Office said the trains were late."
        assert _speakers(parse_article(text)) == ["Federal Transit Safety Office"]
        text = "The Government Waterways Board said the canal was closed."
        assert _speakers(parse_article(text)) == ["Government Waterways Board"]

    def test_one_capitalised_role_word_before_a_designator_is_in_the_name(
        self,
    ) -> None:
        text = "The Eastland Justice Department said the ban was lawful."
        assert _speakers(parse_article(text)) == ["Eastland Justice Department"]

    def test_a_role_word_before_a_name_stays_a_title(self) -> None:
        text = "Governor Lena Halvorsen said the canal was closed."
        art = parse_article(text)
        assert _speakers(art) == ["Lena Halvorsen"]
        assert art.actors[0].title == "Governor"

    def test_a_capitalised_role_after_of_stays_in_the_name(self) -> None:
        text = "The House of Delegates said the budget passed."
        assert _speakers(parse_article(text)) == ["House of Delegates"]

    def test_councillor_is_a_title_like_mayor(self) -> None:
        text = "Councillor Tom Reed said it would not. Mayor Jo Tan said nothing."
        art = parse_article(text)
        assert [(a.name, a.title, a.kind) for a in art.actors] == [
            ("Tom Reed", "Councillor", ActorKind.PERSON),
            ("Jo Tan", "Mayor", ActorKind.PERSON),
        ]

    def test_the_addressee_of_a_letter_is_no_part_of_it(self) -> None:
        text = (
            "On Friday, inspector Pia Marsh sent a letter to Governor Oskar Brandt "
            "and his staff. She said the permits were void."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Pia Marsh"]
        brandt = next(a for a in art.actors if a.name == "Oskar Brandt")
        assert [m.of(text) for m in brandt.mentions] == ["Governor Oskar Brandt", "his"]


class TestPossessives:
    def test_a_possessive_in_its_antecedents_sentence_takes_the_nearest(self) -> None:
        text = (
            "Inspector Ada Quist wrote to Minister Emil Sand and his aides. "
            "She said the audit was complete."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Ada Quist"]
        sand = next(a for a in art.actors if a.name == "Emil Sand")
        assert [m.of(text) for m in sand.mentions] == ["Minister Emil Sand", "his"]


class TestIssueCases:
    """The cases a new user met (issue #16), each in an article of our own."""

    def test_a_number_word_with_an_aged_appositive_names_the_person(self) -> None:
        text = 'One neighbour, 52-year-old nurse Edda Ruiz, said: "We stay."'
        art = parse_article(text)
        assert _speakers(art) == ["Edda Ruiz"]
        # "nurse" is a role: a role right before a name is part of its mention
        assert [m.of(text) for m in art.actors[0].mentions][:2] == [
            "One neighbour",
            "nurse Edda Ruiz",
        ]

    def test_the_company_never_joins_a_group(self) -> None:
        text = (
            "The Clearwater Friends group said the lake was polluted. "
            "The company denied it. The firm said its pipes were clean."
        )
        art = parse_article(text)
        names = _speakers(art)
        assert names[0] == "Clearwater Friends group"
        assert names[1] == names[2] != names[0]
        group = art.actor(art.claims[0].speaker)
        assert group is not None
        assert [m.of(text) for m in group.mentions] == ["The Clearwater Friends group"]

    def test_a_person_titled_by_a_body_is_the_person(self) -> None:
        text = "Agency inspector Nils Varga told the court that the tests were faked."
        art = parse_article(text)
        assert _speakers(art) == ["Nils Varga"]
        actor = art.actors[0]
        assert (actor.kind, actor.affiliation) == (ActorKind.PERSON, "Agency")

    def test_a_body_named_before_a_role_is_the_affiliation(self) -> None:
        text = "Harbour Authority director Ines Pahl said the pier was unsafe."
        actor = parse_article(text).actors[0]
        assert (actor.name, actor.affiliation) == ("Ines Pahl", "Harbour Authority")

    def test_a_name_after_a_plural_role_is_a_person(self) -> None:
        text = 'Among the candidates Ivo Brandt spoke first. "I will win," he said.'
        art = parse_article(text)
        assert _speakers(art) == ["Ivo Brandt"]
        assert art.actors[0].kind is ActorKind.PERSON


class TestCoordinatedSpeakers:
    def test_two_names_make_one_group_speaker_with_two_members(self) -> None:
        text = "Ann Lee and Bo Park said the bridge would close. They left."
        art = parse_article(text)
        (claim,) = art.claims
        assert claim.speaker_span is not None
        assert claim.speaker_span.of(text) == "Ann Lee and Bo Park"
        group = art.actor(claim.speaker)
        assert group is not None
        assert (group.name, group.kind) == ("Ann Lee and Bo Park", ActorKind.GROUP)
        assert [m.of(text) for m in group.mentions] == ["Ann Lee and Bo Park", "They"]
        members = [art.actor(i) for i in group.members]
        assert [m.name for m in members if m is not None] == ["Ann Lee", "Bo Park"]

    def test_a_list_of_three_names_with_titles(self) -> None:
        text = "Senator Ann Lee, Mayor Bo Park and Judge Cy Dunn said no."
        art = parse_article(text)
        group = art.actor(art.claims[0].speaker)
        assert group is not None
        members = [art.actor(i) for i in group.members]
        assert [(m.name, m.title) for m in members if m is not None] == [
            ("Ann Lee", "Senator"),
            ("Bo Park", "Mayor"),
            ("Cy Dunn", "Judge"),
        ]

    def test_a_member_keeps_its_own_later_mentions(self) -> None:
        text = "Ann Lee and Bo Park said the bridge would close. Later Lee said no."
        art = parse_article(text)
        assert _speakers(art) == ["Ann Lee and Bo Park", "Ann Lee"]

    def test_names_after_a_preposition_are_no_coordinated_speaker(self) -> None:
        text = "Talks between Ann Lee and Bo Park said little, Cy Dunn wrote."
        art = parse_article(text)
        assert all(not a.members for a in art.actors)

    def test_members_round_trip_and_render(self) -> None:
        art = parse_article("Ann Lee and Bo Park said the bridge would close.")
        assert from_dict(to_dict(art)) == art
        group = next(a for a in to_dict(art)["actors"] if a["members"])
        ids = {a.name: a.id for a in art.actors}
        assert group["members"] == [ids["Ann Lee"], ids["Bo Park"]]
        assert "members: Ann Lee, Bo Park" in to_html(art)


class TestDocumentIssuers:
    def test_a_report_by_a_named_issuer_is_a_claim_of_the_issuer(self) -> None:
        text = "A report by the state auditor said the tram line was over budget."
        art = parse_article(text)
        (claim,) = art.claims
        assert claim.content_span.of(text) == "the tram line was over budget"
        assert claim.speaker_span is not None
        assert claim.speaker_span.of(text) == "A report by the state auditor"
        assert _speakers(art) == ["state auditor"]

    def test_adjectives_may_stand_before_the_document(self) -> None:
        text = "The new annual study by the Harbour Authority found that the pier was unsafe."
        assert _speakers(parse_article(text)) == ["Harbour Authority"]

    def test_according_to_a_report_by_names_the_issuer(self) -> None:
        text = "According to a report on Friday by Brightwater Labs, the dam leaks."
        assert _speakers(parse_article(text)) == ["Brightwater Labs"]

    def test_a_passive_by_phrase_is_no_speaker(self) -> None:
        text = "The mayor was hit by a car, police said."
        assert _speakers(parse_article(text)) == ["police"]


class TestWhoIsKept:
    def test_a_person_named_once_in_passing_is_scenery(self) -> None:
        text = (
            "Mayor Jo Tan said the bridge would close. The bridge was built "
            "under Governor Ulla Brink in 1990."
        )
        assert _actor_names(text) == ["Jo Tan"]

    def test_a_person_named_twice_is_a_party_to_the_story(self) -> None:
        text = (
            "Mayor Jo Tan said the bridge would close. The bridge was built "
            "under Governor Ulla Brink in 1990. Brink left office in 1994."
        )
        assert _actor_names(text) == ["Jo Tan", "Ulla Brink"]


class TestModifiers:
    def test_a_modifier_opening_a_sentence_belongs_to_the_mention(self) -> None:
        text = "Former prime minister Tom Vale said the treaty was void."
        art = parse_article(text)
        assert _speakers(art) == ["Tom Vale"]
        assert [m.of(text) for m in art.actors[0].mentions] == [
            "Former prime minister Tom Vale"
        ]


class TestPredicates:
    def test_a_bare_role_after_as_starts_no_actor(self) -> None:
        text = (
            "President Ines Laar spoke on Monday. She argued that, as president, "
            "she was immune. Critics said the President was wrong."
        )
        art = parse_article(text)
        laar = next(a for a in art.actors if a.name == "Ines Laar")
        said = [m.of(text) for m in laar.mentions]
        assert "the President" in said
        assert "president" not in said
        assert all(a.name != "president" for a in art.actors)

    def test_a_relative_pronoun_resolves_the_speaker_but_is_no_mention(self) -> None:
        text = "The bill was drafted by Mira Holt, who said it would pass."
        art = parse_article(text)
        assert _speakers(art) == ["Mira Holt"]
        (actor,) = art.actors
        assert [m.of(text) for m in actor.mentions] == ["Mira Holt"]
        assert art.claims[0].speaker_span is not None
        assert art.claims[0].speaker_span.of(text) == "who"


class TestBodyNames:
    def test_a_body_named_before_of_is_the_same_body(self) -> None:
        text = (
            "The High Court of Eastland ruled on Tuesday that the ban was unlawful. "
            "Later the High Court said the ban must end."
        )
        art = parse_article(text)
        assert _speakers(art) == ["High Court of Eastland", "High Court of Eastland"]

    def test_an_acronym_defined_in_the_text(self) -> None:
        text = (
            "The Federal Aviation Office (FAO) said planes were grounded. "
            "The FAO said it would review the ban."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Federal Aviation Office", "Federal Aviation Office"]


class TestReflexives:
    def test_a_reflexive_is_a_mention_of_its_subject(self) -> None:
        text = "Senator Ann Lee said the bill was dead. Lee was herself a candidate."
        art = parse_article(text)
        (actor,) = art.actors
        assert [m.of(text) for m in actor.mentions] == [
            "Senator Ann Lee",
            "Lee",
            "herself",
        ]

    def test_a_reflexive_of_the_other_gender_stays_out(self) -> None:
        text = "Ms Ann Lee said the bill was dead. She blamed himself."
        art = parse_article(text)
        (actor,) = art.actors
        assert "himself" not in [m.of(text) for m in actor.mentions]


class TestTitledPersonOfBody:
    def test_a_titled_person_of_a_body_is_the_person(self) -> None:
        text = (
            '"The data are clear," said Professor Carl Vane of Eastland University. '
            "Later he said the wells were dry."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Carl Vane", "Carl Vane"]
        actor = art.actors[0]
        assert (actor.kind, actor.affiliation) == (
            ActorKind.PERSON,
            "Eastland University",
        )


class TestItSpeakers:
    def test_it_said_falls_back_to_a_named_subject_of_unknown_kind(self) -> None:
        text = (
            "The Harbour Gazette reported the crash on Monday. "
            "It said the pilot had survived."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Harbour Gazette", "Harbour Gazette"]

    def test_it_said_prefers_a_body(self) -> None:
        text = (
            "The Harbour Gazette quoted the Port Authority on Monday. "
            "It said the pier was closed."
        )
        assert _speakers(parse_article(text)) == ["Harbour Gazette", "Port Authority"]


class TestCompoundRoles:
    def test_the_president_is_not_the_vice_president(self) -> None:
        text = (
            "President Ines Laar met Vice President Tomas Ruud on Monday. "
            "The president said the talks went well."
        )
        assert _speakers(parse_article(text)) == ["Ines Laar"]

    def test_the_vice_president_joins_the_vice_president(self) -> None:
        text = (
            "President Ines Laar met Vice President Tomas Ruud on Monday. "
            "The vice president said the talks went well."
        )
        assert _speakers(parse_article(text)) == ["Tomas Ruud"]


class TestKnownAs:
    """A described speaker goes on to the name it goes by, whatever its head."""

    def test_a_role_named_after_the_cue(self) -> None:
        text = '"The fence will not hold," said a protester using the pseudonym Mira.'
        art = parse_article(text)
        (claim,) = art.claims
        assert claim.speaker_span is not None
        assert claim.speaker_span.of(text) == "a protester using the pseudonym Mira"

    def test_a_spokesman_identified_only_by_a_name(self) -> None:
        text = '"We are ready," said a spokesman identified only as Bo Dahl.'
        (claim,) = parse_article(text).claims
        assert claim.speaker_span is not None
        assert claim.speaker_span.of(text).endswith("Bo Dahl")


class TestPossessiveInItsSentence:
    def test_a_name_of_unknown_kind_does_not_take_the_subjects_her(self) -> None:
        text = (
            "Mira Solberg said the pier would close. Solberg was hired by "
            "Northfield Rowing Club after her graduation."
        )
        art = parse_article(text)
        solberg = next(a for a in art.actors if a.name == "Mira Solberg")
        assert [m.of(text) for m in solberg.mentions] == [
            "Mira Solberg",
            "Solberg",
            "her",
        ]
        assert all(a.name != "Northfield Rowing Club" for a in art.actors)

    def test_the_nearest_person_still_takes_his(self) -> None:
        text = "Senator Ann Lee met Mayor Bo Park and his aides. Lee said no."
        art = parse_article(text)
        park = next(a for a in art.actors if a.name == "Bo Park")
        assert "his" in [m.of(text) for m in park.mentions]


class TestAppositiveEnds:
    def test_an_appositive_closed_by_a_semicolon_joins_its_name(self) -> None:
        text = '"The pier is safe," said Bo Dahl, the mayor; he added that it was.'
        (actor,) = parse_article(text).actors
        assert actor.name == "Bo Dahl"
        assert [m.of(text) for m in actor.mentions] == ["Bo Dahl", "the mayor", "he"]


class TestNewsSources:
    """The press as a speaker: "media", "outlets" are role heads, so the actor is
    the whole phrase, not its capitalised first word."""

    def test_state_media_is_one_organisation(self) -> None:
        text = "State media said the dam had burst. Officials said it was intact."
        art = parse_article(text)
        assert _speakers(art) == ["State media", "Officials"]
        assert art.actors[0].kind is ActorKind.ORGANIZATION
        assert [m.of(text) for m in art.actors[0].mentions] == ["State media"]

    def test_news_outlets_are_a_group(self) -> None:
        text = "Several news outlets said the valley was flooded."
        (actor,) = parse_article(text).actors
        assert (actor.name, actor.kind) == ("Several news outlets", ActorKind.GROUP)


class TestSpeakerSpansOverBodies:
    """A speaker span that holds a body and a person is the person's: a body before
    the role is where the person works, a possessor is not the head."""

    def test_a_body_and_a_titled_name(self) -> None:
        text = (
            "Harbour Institute for Marine Safety medical anthropologist Ana Varga "
            "told reporters that the water was safe."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Ana Varga"]
        speaker = art.actor(art.claims[0].speaker)
        assert speaker is not None
        assert speaker.kind is ActorKind.PERSON

    def test_a_possessor_opening_the_span_is_not_the_speaker(self) -> None:
        text = (
            "According to the Northern States' Food and Water Agency's chief "
            "veterinary officer, the fish were safe."
        )
        (name,) = _speakers(parse_article(text))
        assert name is not None
        assert name.endswith("chief veterinary officer")

    def test_a_possessor_of_a_document_still_speaks(self) -> None:
        text = "According to the Harbour Board's statistics, the pier is safe."
        assert _speakers(parse_article(text)) == ["Harbour Board"]


class TestNameParticles:
    def test_a_lower_case_particle_stays_inside_the_name(self) -> None:
        text = "Lucia della Rovere of the Harbour Board said the pier would close."
        art = parse_article(text)
        assert _speakers(art) == ["Lucia della Rovere"]


class TestMiddleNames:
    def test_a_name_without_its_middle_name_is_the_same_person(self) -> None:
        text = (
            "Ann Mary Lee said the pier would close. Ann Lee later said it was "
            "safe. Bo Lee said nothing."
        )
        art = parse_article(text)
        assert _speakers(art) == ["Ann Mary Lee", "Ann Mary Lee", "Bo Lee"]

    def test_the_middle_name_may_come_second(self) -> None:
        text = "Ann Lee said the pier would close. Ann Mary Lee said it was safe."
        assert _speakers(parse_article(text)) == ["Ann Mary Lee", "Ann Mary Lee"]


class TestNewsRoles:
    """Roles of news reports: suspects, gunmen, defendants, experts, owners, writers,
    airlines."""

    def test_a_suspect_and_a_gunman_are_descriptions_of_people(self) -> None:
        text = (
            "A gunman fired at the crowd. Police said the gunman had acted alone "
            "and the suspect was held."
        )
        found = [(m.span.of(text), m.kind) for m in find_mentions(text)]
        assert ("the gunman", ActorKind.PERSON) in found
        assert ("the suspect", ActorKind.PERSON) in found

    def test_an_expert_titles_the_name_after_it(self) -> None:
        text = "Retail expert Ana Varga said prices would rise."
        (actor,) = parse_article(text).actors
        assert (actor.name, actor.kind) == ("Ana Varga", ActorKind.PERSON)
        assert [m.of(text) for m in actor.mentions] == ["Retail expert Ana Varga"]


class TestBusinessDescriptions:
    def test_a_nearer_named_business_beats_a_description_sharing_the_head(
        self,
    ) -> None:
        text = (
            "Northland's largest television network was closed on Monday. The "
            "regulator said the licence of broadcast corporation Kestrel Media had "
            "expired. Later the network went off the air, and the network said it "
            "would appeal."
        )
        art = parse_article(text)
        (kestrel,) = [a for a in art.actors if "Kestrel Media" in (a.name or "")]
        mentions = [m.of(text) for m in kestrel.mentions]
        assert mentions.count("the network") == 2


class TestAppositiveTails:
    """A description in apposition to a name runs to the mark that closes it, as a
    reader marks the noun phrase."""

    def test_the_tail_of_an_appositive_role(self) -> None:
        text = "Bo Dahl, spokesman for the harbour board, said the pier was safe."
        (actor,) = [a for a in parse_article(text).actors if a.name == "Bo Dahl"]
        assert [m.of(text) for m in actor.mentions] == [
            "Bo Dahl",
            "spokesman for the harbour board",
        ]

    def test_a_closed_appositive_keeps_its_span(self) -> None:
        text = "Bo Dahl, the mayor, said the pier was safe."
        (actor,) = parse_article(text).actors
        assert [m.of(text) for m in actor.mentions] == ["Bo Dahl", "the mayor"]

    def test_a_speaker_aside_is_no_tail(self) -> None:
        text = "Ann Lee, the council said, will resign."
        mentions = [m.of(text) for a in parse_article(text).actors for m in a.mentions]
        assert "the council said" not in mentions


class TestPredicateNominals:
    def test_a_predicate_after_be_names_no_actor(self) -> None:
        text = (
            "Mayor Ann Lee said the pier would close. Lee was the first mayor to "
            "say so, and Lee said it again."
        )
        (actor,) = parse_article(text).actors
        assert [m.of(text) for m in actor.mentions] == ["Mayor Ann Lee", "Lee", "Lee"]


class TestCountryVerbs:
    def test_a_country_before_a_verb_in_s_acts(self) -> None:
        text = (
            "Norway said the quota was fair. Officials said Norway complies with "
            "the quota and Norway maintains that it is fair."
        )
        (norway,) = [a for a in parse_article(text).actors if a.name == "Norway"]
        assert [m.of(text) for m in norway.mentions] == ["Norway"] * 3

    def test_a_country_before_a_plural_noun_qualifies_it(self) -> None:
        text = "Norway said the quota was fair. Norway sanctions since 2019 hurt trade."
        (norway,) = [a for a in parse_article(text).actors if a.name == "Norway"]
        assert [m.of(text) for m in norway.mentions] == ["Norway"]


class TestPossessedAgain:
    def test_the_same_possessive_and_head_is_the_same_party(self) -> None:
        text = (
            "Bo Dahl was freed after his lawyers paid the bond. His lawyers said "
            "he was innocent."
        )
        art = parse_article(text)
        (lawyers,) = [a for a in art.actors if a.kind is ActorKind.GROUP]
        assert [m.of(text) for m in lawyers.mentions] == ["his lawyers", "His lawyers"]

    def test_another_possessive_is_another_party(self) -> None:
        text = (
            "Bo Dahl and Ann Lee met. Her lawyers paid the bond. His lawyers said "
            "he was innocent."
        )
        art = parse_article(text)
        groups = [a for a in art.actors if a.kind is ActorKind.GROUP]
        assert [[m.of(text) for m in a.mentions] for a in groups] == [["His lawyers"]]


class TestRound2:
    """Issue #16, round 2: constructions a new user hits on own short articles."""

    def _one(self, text: str) -> tuple[str | None, ActorKind, list[str]]:
        art = parse_article(text)
        assert len(art.actors) == 1, [a.name for a in art.actors]
        actor = art.actors[0]
        assert art.claims
        assert art.claims[0].speaker == actor.id
        return actor.name, actor.kind, [m.of(text) for m in actor.mentions]

    def test_a_role_phrase_with_an_unlisted_head_before_an_appositive_name(
        self,
    ) -> None:
        text = "The chief surveyor, Oren Blaskett, said the dam was sound."
        assert self._one(text) == (
            "Oren Blaskett",
            ActorKind.PERSON,
            ["The chief surveyor", "Oren Blaskett"],
        )

    def test_a_possessed_role_phrase_before_an_appositive_name(self) -> None:
        text = "The council's senior planner, Ilse Varno, said the road would wait."
        name, kind, mentions = self._one(text)
        assert (name, kind) == ("Ilse Varno", ActorKind.PERSON)
        assert mentions == ["The council's senior planner", "Ilse Varno"]

    def test_an_unlisted_role_phrase_alone_before_a_name_is_its_mention(
        self,
    ) -> None:
        text = "A retired welder, Tomas Ferrel, said the hives had failed."
        assert self._one(text) == (
            "Tomas Ferrel",
            ActorKind.PERSON,
            ["A retired welder", "Tomas Ferrel"],
        )
        text = (
            "He spoke to a retired welder, Tomas Ferrel, on Monday. "
            "Ferrel said the hives had failed."
        )
        assert self._one(text) == (
            "Tomas Ferrel",
            ActorKind.PERSON,
            ["a retired welder", "Tomas Ferrel", "Ferrel"],
        )

    def test_a_verb_before_the_comma_is_no_role_phrase(self) -> None:
        text = "The crews worked late, Oren Blaskett, a foreman, said."
        art = parse_article(text)
        named = [a for a in art.actors if a.name == "Oren Blaskett"]
        assert len(named) == 1
        assert [m.of(text) for m in named[0].mentions] == [
            "Oren Blaskett",
            "a foreman",
        ]

    def test_a_role_phrase_with_an_unlisted_head_after_a_name(self) -> None:
        text = "Oren Blaskett, a retired welder, said the dam was sound."
        assert self._one(text) == (
            "Oren Blaskett",
            ActorKind.PERSON,
            ["Oren Blaskett", "a retired welder"],
        )
        for text in [
            "Oren Blaskett, a welder and a father, said the dam was sound.",
            "Oren Blaskett, the cautious, said the dam was sound.",  # no noun
            "Oren Blaskett, the welders, said the dam was sound.",  # a plural
        ]:
            assert self._one(text)[2] == ["Oren Blaskett"], text

    def test_the_kind_of_a_described_speaker_is_its_head_nouns(self) -> None:
        text = "The ferry workers' union said it would strike on Monday."
        name, kind, mentions = self._one(text)
        assert kind is ActorKind.ORGANIZATION
        assert mentions[0] == "The ferry workers' union"
        text = "The harbour union said it would strike on Monday."
        name, kind, mentions = self._one(text)
        assert (name, kind) == ("harbour union", ActorKind.ORGANIZATION)
        assert mentions[0] == "The harbour union"

    def test_who_after_a_name_marks_a_person(self) -> None:
        text = (
            '"Nobody told us," said Pella Norrin, who has run the ferry '
            "kiosk since 1990."
        )
        name, kind, _ = self._one(text)
        assert (name, kind) == ("Pella Norrin", ActorKind.PERSON)

    def test_which_after_a_name_marks_no_person(self) -> None:
        text = (
            '"Nobody told us," said Kestrel Holdings, which has run the ferry '
            "kiosk since 1990."
        )
        art = parse_article(text)
        assert all(a.kind is not ActorKind.PERSON for a in art.actors)


class TestCountryParties:
    """A country that never speaks is reported when claims name it three times."""

    def test_named_in_two_claims_is_scenery_in_three_a_party(self) -> None:
        two = (
            "Ann Lee said Norway would sign the fishing treaty. "
            "Bo Park said Norway had refused to sign it."
        )
        names = [a.name for a in parse_article(two).actors]
        assert names == ["Ann Lee", "Bo Park"]
        three = two + " Cy Dunn said Norway was still wavering."
        names = [a.name for a in parse_article(three).actors]
        assert "Norway" in names
