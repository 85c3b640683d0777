// Generated from the TSDoc of src/schema/*.ts by scripts/generate-schema-docs.mjs; do not edit.

/** The TSDoc of each schema, by its `$defs` name: its summary and its properties' comments. */
export const SCHEMA_DOCS: Readonly<
  Record<string, { readonly description?: string; readonly properties: Readonly<Record<string, string>> }>
> = {
  "Role": {
    "description": "A position a person holds, such as \"President\" of the state `by`.",
    "properties": {
      "title": "The title of the position (\"President\", \"Foreign Minister\").",
      "of": "The id of the actor the position is in (a state or an organization), when the article gives one."
    }
  },
  "Person": {
    "description": "A named individual.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\").",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article names the actor, in UTF-16 code units; each span's text must be `name` or one of `aliases`.",
      "kind": "Marks a person.",
      "roles": "Positions the person holds in the article (\"President of Belarus\").",
      "nationality": "The person's nationality, when the article gives it."
    }
  },
  "State": {
    "description": "A sovereign state, acting or acted on as a whole (\"Belarus\", \"Minsk\").",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\").",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article names the actor, in UTF-16 code units; each span's text must be `name` or one of `aliases`.",
      "kind": "Marks a state.",
      "country": "The state's ISO 3166-1 alpha-2 code."
    }
  },
  "Organization": {
    "description": "A body with a name and a structure: a government agency, a news agency, an intergovernmental union.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\").",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article names the actor, in UTF-16 code units; each span's text must be `name` or one of `aliases`.",
      "kind": "Marks an organization.",
      "organizationType": "What the organization is.",
      "partOf": "The id of the organization or state this one is part of (Frontex is an agency of the EU).",
      "country": "The country the organization belongs to or is based in, when it has one."
    }
  },
  "Group": {
    "description": "People the article treats together without naming them one by one: migrants, protesters, a movement.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\").",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article names the actor, in UTF-16 code units; each span's text must be `name` or one of `aliases`.",
      "kind": "Marks a group.",
      "groupType": "What the group is.",
      "origins": "Ids of the states the group's members come from (\"refugees from countries such as Syria, Iraq and Afghanistan\").",
      "country": "The country the group belongs to or acts in (\"the Belarusian democracy movement\")."
    }
  },
  "Actor": {
    "description": "An actor: a person, a state, an organization or a group, told apart by `kind`.",
    "properties": {}
  },
  "LanguageTag": {
    "description": "A BCP 47 language tag in its usual case (`en`, `en-GB`, `zh-Hant-TW`, `sr-Latn`): a language subtag, then an optional script, region and variants.",
    "properties": {}
  },
  "Article": {
    "description": "The article a record breaks down: its metadata and the body every span points into.",
    "properties": {
      "id": "The article's id; it also names the record.",
      "headline": "The headline, when the source has one.",
      "publishedAt": "When the article was published, to the precision known.",
      "language": "The language of the body, as a BCP 47 tag.",
      "publisher": "The name of the publisher, when known.",
      "url": "The article's address, when known.",
      "body": "The text of the article, at most 1,000,000 UTF-16 code units; every span is a UTF-16 offset range into it."
    }
  },
  "CountryCode": {
    "description": "A country as its ISO 3166-1 alpha-2 code, upper case (`\"BY\"`, `\"LT\"`). Lower-case and unassigned codes are rejected.",
    "properties": {}
  },
  "CurrencyCode": {
    "description": "A currency as its ISO 4217 alphabetic code, upper case (`\"EUR\"`, `\"USD\"`).",
    "properties": {}
  },
  "PartialDate": {
    "description": "A date known to the precision the article gives, in ISO 8601 form: a year (`2021`), a month (`2021-08`), a day (`2021-08-05`) or a date-time with its UTC offset (`2021-08-05T14:30:00+03:00`, `…Z`). The precision is the form itself; a year-only date does not stand for January 1st. Days must exist in the calendar (`2021-02-30` is rejected, `2024-02-29` accepted), and a date-time without an offset is rejected because its instant is unknown.",
    "properties": {}
  },
  "DateRef": {
    "description": "When something happened, on one (partial) date: \"on Thursday\" → `2021-08-05`.",
    "properties": {
      "kind": "Marks a single date.",
      "date": "The date, to the precision the article gives."
    }
  },
  "IntervalRef": {
    "description": "When something happened, over an interval whose ends may be open: \"this year so far\" is `2021` to the publication day, \"in recent weeks\" has only an end. At least one end is required; `start` must not be after `end` (both checked by `validateRecord`).",
    "properties": {
      "kind": "Marks an interval.",
      "start": "The first date the interval covers; absent when the article leaves it open.",
      "end": "The last date the interval covers; absent when the article leaves it open."
    }
  },
  "TimeRef": {
    "description": "When something happened: one partial date, or an interval with open or partial ends.",
    "properties": {}
  },
  "Id": {
    "description": "An identifier of a fact within one record: an actor, an event, a quote or a statistic. Letters, digits and single separators (`-`, `_`, `.`, `:`), at most 128 characters, so that ids survive URLs, file names and JSON paths: `\"lukashenko\"`, `\"ev-border-closure\"`, `\"Q42\"`.",
    "properties": {}
  },
  "Label": {
    "description": "A non-empty line of text written by an annotator: a name, a label, a description, of at most 2,000 UTF-16 code units and with no lone surrogate. Leading or trailing white space is rejected, not trimmed, so that what is stored is what was checked.",
    "properties": {}
  },
  "HttpUrl": {
    "description": "An absolute `http` or `https` URI, such as a knowledge-base entry for `sameAs` or the address of an article: a DNS host name (no user info, no IP address), an optional port, and a path, query and fragment already percent-encoded as RFC 3986 requires (`%20`, not a space).",
    "properties": {}
  },
  "Participant": {
    "description": "An actor taking part in an event, with its role.",
    "properties": {
      "actor": "The id of the actor.",
      "role": "What the actor does in the event."
    }
  },
  "EventPlace": {
    "description": "A place an event is tied to, with what it is to the event.",
    "properties": {
      "role": "What the place is to the event.",
      "place": "The place."
    }
  },
  "EventLink": {
    "description": "A link from this event to another event of the record.",
    "properties": {
      "relation": "How this event stands to the other.",
      "event": "The id of the other event.",
      "hedge": "The words that make the link less than certain, as the article writes them (\"is believed to be\", \"is seen as\"); absent when the article states it as fact.",
      "span": "Where the article states the link, in UTF-16 code units."
    }
  },
  "NewsEvent": {
    "description": "Something that happened, or was announced, planned, threatened or alleged: its type and status, when and where, who took part, how it links to other events, and the quotes and statistics that bear on it.",
    "properties": {
      "id": "The event's id, unique within the record.",
      "eventType": "What kind of thing happened.",
      "status": "Where the event stands as the article reports it.",
      "summary": "The event in one plain sentence (\"Belarus announces it will close parts of its border with Lithuania\").",
      "date": "When the event happened or is to happen.",
      "places": "Where the event happened, with what each place is to it.",
      "participants": "The actors that take part, with their roles.",
      "related": "Links to other events of the record.",
      "quotes": "Ids of the quotes that bear on the event.",
      "statistics": "Ids of the statistics that bear on the event.",
      "spans": "Where the article reports the event, in UTF-16 code units."
    }
  },
  "CountryPlace": {
    "description": "A whole country, by its ISO 3166-1 alpha-2 code.",
    "properties": {
      "kind": "Marks a whole country.",
      "country": "The country's ISO 3166-1 alpha-2 code.",
      "span": "Where the article names the place, in UTF-16 code units."
    }
  },
  "BorderPlace": {
    "description": "The border between two countries, or a part of it (\"parts of the border with Lithuania\").",
    "properties": {
      "kind": "Marks a border.",
      "countries": "The two countries the border separates; `validateRecord` checks they differ.",
      "partial": "True when only part of the border is meant.",
      "span": "Where the article names the place, in UTF-16 code units."
    }
  },
  "NamedPlace": {
    "description": "A named sub-national place: a city, a region, a border crossing, optionally within a country.",
    "properties": {
      "kind": "Marks a named place.",
      "name": "The place's name as an English reader knows it (\"Vilnius\", \"Medininkai crossing\").",
      "placeType": "What the place is.",
      "country": "The country the place lies in, when known.",
      "sameAs": "Knowledge-base URIs for the place (GeoNames, Wikidata).",
      "span": "Where the article names the place, in UTF-16 code units."
    }
  },
  "Place": {
    "description": "A place an event happens in or a statistic covers.",
    "properties": {}
  },
  "ExactQuantity": {
    "description": "A number the article gives without hedging (\"680-kilometre\").",
    "properties": {
      "kind": "Marks an exact number.",
      "value": "The number, in the unit's base (a money amount in whole currency units: €2.5 million is 2500000)."
    }
  },
  "ApproximateQuantity": {
    "description": "A number the article hedges (\"some 3,500\", \"about\", \"nearly 40%\").",
    "properties": {
      "kind": "Marks an approximate number.",
      "value": "The number as given, without the hedge, scaled by its scale word (\"an estimated 4.1 million\" → 4100000).",
      "hedge": "The hedge as the span writes it (\"some\", \"About\", \"rund\", \"plus de\"); lower case is accepted too."
    }
  },
  "BoundQuantity": {
    "description": "A number given as a bound (\"more than 200\", \"at least 12\", \"up to 50\").",
    "properties": {
      "kind": "Marks a bound.",
      "value": "The bounding number.",
      "relation": "Which side of `value` the true number lies.",
      "hedge": "The words of the bound as the span writes them (\"more than\", \"Up to\", \"mindestens\", \"jusqu'à\"); lower case is accepted too."
    }
  },
  "RangeQuantity": {
    "description": "Two numbers the true one lies between (\"between 300 and 400\").",
    "properties": {
      "kind": "Marks a range.",
      "min": "The low end (inclusive); `validateRecord` checks `min <= max`.",
      "max": "The high end (inclusive).",
      "hedge": "A hedge on the whole range, when the article gives one (\"roughly\")."
    }
  },
  "VagueQuantity": {
    "description": "A quantity given in words with no number (\"several hundred\", \"most\", \"a third\", \"dozens\"), with the bounds a reader can infer, where they can be.",
    "properties": {
      "kind": "Marks a vague quantity.",
      "expression": "The quantity words as the span writes them (\"several hundred\", \"Most\", \"des centaines\"); lower case is accepted too.",
      "min": "The lowest value the words allow, when it can be inferred (\"several hundred\" → 300); a limit the words may exclude (\"most\" → 50, meaning more than half).",
      "max": "The highest value the words allow, when it can be inferred (\"several hundred\" → 999)."
    }
  },
  "Quantity": {
    "description": "A quantity that keeps the article's honesty: exact, approximate, a bound, a range or vague.",
    "properties": {}
  },
  "CountUnit": {
    "description": "A count of things or people; `noun` is what is counted, in the plural (\"people\", \"migrants\").",
    "properties": {
      "kind": "Marks a count.",
      "noun": "What is counted, as a plural English noun (\"people\", \"workers\")."
    }
  },
  "PercentUnit": {
    "description": "A share in percent (0–100 for a part of a whole; changes may exceed that).",
    "properties": {
      "kind": "Marks a percentage."
    }
  },
  "MoneyUnit": {
    "description": "An amount of money in a currency, in whole units of that currency.",
    "properties": {
      "kind": "Marks money.",
      "currency": "The ISO 4217 code of the currency."
    }
  },
  "LengthUnit": {
    "description": "A length.",
    "properties": {
      "kind": "Marks a length.",
      "unit": "The unit of length."
    }
  },
  "AreaUnit": {
    "description": "An area.",
    "properties": {
      "kind": "Marks an area.",
      "unit": "The unit of area."
    }
  },
  "MassUnit": {
    "description": "A mass.",
    "properties": {
      "kind": "Marks a mass.",
      "unit": "The unit of mass (`t` is the metric tonne)."
    }
  },
  "DurationUnit": {
    "description": "A span of time (\"a year of protests\").",
    "properties": {
      "kind": "Marks a duration.",
      "unit": "The unit of time."
    }
  },
  "Unit": {
    "description": "What a quantity counts or measures.",
    "properties": {}
  },
  "ActorSpeaker": {
    "description": "A speaker who is one of the record's actors.",
    "properties": {
      "kind": "Marks a speaker who is a known actor.",
      "actor": "The id of the actor who spoke."
    }
  },
  "AnonymousSpeaker": {
    "description": "A source the article does not name (\"a union official who asked not to be named\").",
    "properties": {
      "kind": "Marks an anonymous source.",
      "description": "The article's description of the source, in its words.",
      "affiliation": "The id of the actor the source belongs to, when the article says (\"an EU official\" → `eu`).",
      "span": "Where the article describes the source, in UTF-16 code units."
    }
  },
  "Speaker": {
    "description": "Who spoke: a known actor or an anonymous source.",
    "properties": {}
  },
  "DirectQuote": {
    "description": "Words given verbatim, in quotation marks.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"according to state agency Belta\").",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks a direct quotation.",
      "quoted": "The quoted words, one span per stretch between quotation marks (a quotation broken by \"he said\" has two)."
    }
  },
  "IndirectQuote": {
    "description": "Words reported in the writer's own words, with no quotation marks.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"according to state agency Belta\").",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks an indirect (reported) quotation.",
      "content": "The reported content: the clause that gives what was said."
    }
  },
  "MixedQuote": {
    "description": "Words reported in the writer's words with verbatim fragments in quotation marks.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"according to state agency Belta\").",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks a mixed quotation: reported speech with quoted fragments.",
      "content": "The reported content as a whole, fragments included.",
      "quoted": "The verbatim fragments, each inside `content` and without its quotation marks."
    }
  },
  "Quote": {
    "description": "A quotation attributed to a speaker: direct, indirect or mixed, told apart by `mode`.",
    "properties": {}
  },
  "Provenance": {
    "description": "Who or what made a record, and how.",
    "properties": {
      "method": "`manual` (by hand), `automatic` (by a program) or `reviewed` (by a program, checked by hand).",
      "agent": "The annotator or the extracting program and its version."
    }
  },
  "NewsRecord": {
    "description": "One article broken down into facts: the article, its actors, the events it reports, the quotes it carries and the statistics it gives. Facts refer to each other by id, and to the article's body by text spans.",
    "properties": {
      "schemaVersion": "The version of the record format, `\"1.0\"` for this release.",
      "article": "The article the record breaks down.",
      "actors": "Every person, state, organization and group the article names.",
      "events": "Every event the article reports, announces, alleges or gives as background.",
      "quotes": "Every quotation the article carries, direct or reported.",
      "statistics": "Every number and quantity word the article gives.",
      "provenance": "Who or what made the record, and how."
    }
  },
  "TextSpan": {
    "description": "A stretch of the article's body: half-open `[start, end)` offsets counted in **UTF-16 code units** (the unit of JavaScript's `String.prototype.slice` and `length`), like the W3C Web Annotation `TextPositionSelector`. `validateRecord` checks `0 <= start < end <= body.length`, and that `exact`, when given, is the text `body.slice(start, end)`.",
    "properties": {
      "start": "Offset of the first code unit, counted in UTF-16 code units from the start of `article.body`.",
      "end": "Offset just past the last code unit (exclusive), in UTF-16 code units.",
      "exact": "The text found at `[start, end)`; when given, it must match the body exactly."
    }
  },
  "VerbatimSpan": {
    "description": "A span whose words are given verbatim: the words of a direct quotation or of a quoted fragment. `exact` is required, so that grounding can prove the words stand in the body where the span says.",
    "properties": {
      "start": "Offset of the first code unit, counted in UTF-16 code units from the start of `article.body`.",
      "end": "Offset just past the last code unit (exclusive), in UTF-16 code units.",
      "exact": "The quoted words exactly as the body has them, without the quotation marks."
    }
  },
  "Statistic": {
    "description": "A number the article reports, with its honesty kept: what is measured, how much (exact, hedged, a range or vague), in what unit, over what period and place, who reports it, and where the article says it.",
    "properties": {
      "id": "The statistic's id, unique within the record.",
      "measure": "What is measured, in a short phrase (\"people apprehended crossing the border\").",
      "quantity": "How much, with the article's hedging kept.",
      "unit": "What the quantity counts or measures.",
      "subject": "The id of the actor the number is about (the group counted, the state measured).",
      "period": "The period the number covers (\"this year so far\").",
      "place": "The place the number covers.",
      "reportedBy": "The id of the actor the article gives as the number's source.",
      "span": "Where the article gives the quantity: its hedge, number and any unit joined to it (\"some 3,500\", \"680-kilometre\")."
    }
  }
};
