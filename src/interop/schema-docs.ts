// Generated from the TSDoc of src/schema/*.ts by scripts/generate-schema-docs.mjs; do not edit.

/** The TSDoc of each schema, by its `$defs` name: its summary and its properties' comments. */
export const SCHEMA_DOCS: Readonly<
  Record<string, { readonly description?: string; readonly properties: Readonly<Record<string, string>> }>
> = {
  "Affiliation": {
    "description": "A tie from an actor to another actor it belongs to (\"Anna Berger (CDU)\", \"Lithuania, a member of the European Union\").",
    "properties": {
      "relation": "How the actor belongs to the other.",
      "of": "The id of the actor it belongs to.",
      "span": "Where the article states the tie (\"(CDU)\", \"a member of the European Union\")."
    }
  },
  "Role": {
    "description": "A position a person holds, such as \"President\" of the state `by`.",
    "properties": {
      "title": "The title of the position (\"President\", \"Foreign Minister\").",
      "of": "The id of the actor the position is in (a state or an organization), when the article gives one."
    }
  },
  "Person": {
    "description": "An individual person, named or described.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
      "kind": "Marks a person.",
      "honorific": "An honorific or title the article puts before the name (\"Dr.\", \"Frau\", \"Sir\", \"Mme\"), apart from positions (`roles`).",
      "roles": "Positions the person holds in the article (\"President of Belarus\").",
      "nationality": "The person's nationality, when the article gives it."
    }
  },
  "State": {
    "description": "A sovereign state, acting or acted on as a whole (\"Belarus\", \"Minsk\").",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
      "kind": "Marks a state.",
      "country": "The state's ISO 3166-1 alpha-2 code."
    }
  },
  "Organization": {
    "description": "A body with a name and a structure: a government agency, a news agency, an intergovernmental union.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
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
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
      "kind": "Marks a group.",
      "groupType": "What the group is.",
      "origins": "Ids of the states the group's members come from (\"refugees from countries such as Syria, Iraq and Afghanistan\").",
      "originsIncomplete": "True when the article gives `origins` as examples, not all of them (\"such as\", \"unter anderem\").",
      "country": "The country the group belongs to or acts in (\"the Belarusian democracy movement\")."
    }
  },
  "SubdivisionCode": {
    "description": "An ISO 3166-2 subdivision code (\"DE-NW\", \"FR-75\", \"PE-LIM\").",
    "properties": {}
  },
  "Territory": {
    "description": "A city, region or other territory below a state, acting or acted on as a body (\"Köln sperrt die Brücke\", \"Bavaria\", \"the Lima region\"). Not a state (it has no ISO 3166-1 code) and not an organization: its council or government is an `organization` with `partOf` the territory.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
      "kind": "Marks a territory.",
      "territoryType": "What the territory is.",
      "country": "The country the territory lies in.",
      "subdivision": "Its ISO 3166-2 subdivision code, when it has one.",
      "place": "The id of the record's place (in `places`) that is the territory's land, when the record declares one."
    }
  },
  "Object": {
    "description": "A thing that acts or is acted on: a drug, a bridge, a ship, a product, a law's text.",
    "properties": {
      "id": "The actor's id, unique within the record.",
      "name": "The actor's fullest name in the article, or its usual English name (\"Alexander Lukashenko\", \"European Union\"). For an actor the article does not name (`unnamed: true`), the article's description of it (\"a mediator\", \"some countries\", \"reports\").",
      "unnamed": "True when the article does not name the actor, or it does not exist yet (\"a mediator the government will appoint\"); `name` then holds the article's description.",
      "aliases": "Other names the article uses for the actor, such as a metonym or a short form (\"Minsk\", \"the bloc\", \"EU\").",
      "sameAs": "Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site).",
      "mentions": "Where the article refers to the actor, in UTF-16 code units. A mention's text must be `name` or one of `aliases`, unless its `form` is `pronoun` (\"she\", \"er\") or `description` (\"the minister\", \"The move\").",
      "affiliations": "The actors this one belongs to as a member, an employee or an affiliate.",
      "kind": "Marks an object.",
      "objectType": "What the object is.",
      "owner": "The id of the actor that owns, makes or runs it, when the article says."
    }
  },
  "Actor": {
    "description": "An actor: a person, a state, an organization, a group, a territory or an object, told apart by `kind`.",
    "properties": {}
  },
  "LanguageTag": {
    "description": "A BCP 47 language tag in its usual case (`en`, `en-GB`, `zh-Hant-TW`, `sr-Latn`): a language subtag, then an optional script, region and variants.",
    "properties": {}
  },
  "Correction": {
    "description": "A correction the publisher appended to the article: when, what it says, and which of the record's facts it changes. Spans point into its text with `part: \"correction\"` and `correction: id`.",
    "properties": {
      "id": "The correction's id, unique within the record.",
      "date": "When the correction was published, when the article says.",
      "text": "The correction note as the article prints it.",
      "changes": "Ids of the record's facts (events, statistics, quotes, actors, places) that the correction changes."
    }
  },
  "Article": {
    "description": "The article a record breaks down: its metadata and the body every span points into.",
    "properties": {
      "id": "The article's id; it also names the record.",
      "headline": "The headline, when the source has one; spans with `part: \"headline\"` point into it.",
      "publishedAt": "When the article was published, to the precision known; absent when unknown (dates are then not compared with it).",
      "dateModified": "When the article was last changed, when known; not before `publishedAt`.",
      "language": "The language of the body, as a BCP 47 tag.",
      "publisher": "The name of the publisher, when known.",
      "url": "The article's address, when known.",
      "agencies": "The news agencies that wrote the story, when it is wire copy (\"Reuters\", \"AFP\", \"ats\"), apart from the `publisher` that published it.",
      "authors": "The authors' names, as credited.",
      "byline": "The byline as printed (\"By Anna Berger and Luis Soto\"); spans with `part: \"byline\"` point into it.",
      "dateline": "The dateline as printed (\"LIMA\", \"BERLIN (dpa)\"); spans with `part: \"dateline\"` point into it.",
      "image": "The address of the article's main image, for those who publish JSON-LD.",
      "corrections": "Corrections the publisher appended, in the order printed.",
      "body": "The text of the article, at most 1,000,000 UTF-16 code units; every span is a UTF-16 offset range into it."
    }
  },
  "CameoCodeValue": {
    "description": "A CAMEO event code, as the codebook lists it.",
    "properties": {}
  },
  "CountryCode": {
    "description": "A country as its ISO 3166-1 alpha-2 code, upper case (`\"BY\"`, `\"LT\"`). `XK` (Kosovo) is accepted too; lower-case, unassigned and other user-assigned codes are rejected.",
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
  "IptcMediaTopicCode": {
    "description": "An IPTC Media Topic code (\"medtop:20000568\"). Its form is checked, not its presence in the vocabulary, which IPTC extends several times a year.",
    "properties": {
      "scheme": "Marks an IPTC Media Topic.",
      "code": "The topic's qualified code: `medtop:` and eight digits."
    }
  },
  "CameoCode": {
    "description": "A CAMEO event code, one the codebook lists (\"14\" protest, \"0231\" appeal for economic aid, \"1431\" strike for policy change).",
    "properties": {
      "scheme": "Marks a CAMEO code.",
      "code": "The code, as a string with its leading zero."
    }
  },
  "PloverCode": {
    "description": "A PLOVER event type (\"PROTEST\").",
    "properties": {
      "scheme": "Marks a PLOVER event type.",
      "code": "The event type, upper case."
    }
  },
  "EventCode": {
    "description": "A code from an external scheme for users who classify events by it: IPTC Media Topics, CAMEO or PLOVER.",
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
      "span": "Where the article states the link, in UTF-16 code units.",
      "inferred": "True when the article does not state the link and the annotator inferred it; an inferred link has no span."
    }
  },
  "NewsEvent": {
    "description": "Something that happened, or was announced, planned, threatened or alleged: its type and status, when and where, who took part, how it links to other events, and the quotes and statistics that bear on it.",
    "properties": {
      "id": "The event's id, unique within the record.",
      "eventType": "What kind of thing happened.",
      "status": "Where the event stands as the article reports it.",
      "summary": "The event in one plain sentence (\"Belarus announces it will close parts of its border with Lithuania\").",
      "codes": "Codes for the event in external schemes (IPTC Media Topics, CAMEO, PLOVER).",
      "qualifiers": "Words of the article that qualify the event, as written: hedges (\"appeared to\", \"in an attempt to\", \"soll\"), manner (\"openly\"). Each must stand in one of the event's spans.",
      "claimedBy": "Ids of the actors that claim the event, when its status is `alleged` (or any status someone asserts).",
      "deniedBy": "Ids of the actors that deny the event.",
      "reportedBy": "Ids of the actors the article gives as the source of the report of the event (\"according to police\", \"an unnamed official said\").",
      "date": "When the event happened, happens or takes effect (\"ab Freitag\").",
      "announced": "When the event was announced, apart from when it takes effect (\"kündigte am Dienstag an\").",
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
  "Coordinates": {
    "description": "A geographic point in WGS 84 decimal degrees.",
    "properties": {
      "latitude": "Latitude, from -90 (south) to 90 (north).",
      "longitude": "Longitude, from -180 (west) to 180 (east)."
    }
  },
  "PlaceEntry": {
    "description": "A place the record declares once in `places` and refers to by id, so that \"the eastern terminal of the port\" and later \"the terminal\" are one place: its name, type, where it lies (`within`, another declared place), coordinates, knowledge-base ids, and every mention, like an actor's.",
    "properties": {
      "id": "The place's id, unique within the record (among actors, events, quotes, statistics and places).",
      "name": "The place's fullest name in the article, or its usual name; for a place the article only describes, the description (\"the eastern terminal\").",
      "placeType": "What the place is.",
      "aliases": "Other names the article uses for the place (\"the terminal\", \"der Hafen\").",
      "country": "The country the place lies in.",
      "within": "The id of the declared place this one lies in (a terminal in a port, a port in a city); no cycles.",
      "coordinates": "Where the place is, when the article or a gazetteer gives it.",
      "sameAs": "Knowledge-base URIs for the same place (GeoNames, Wikidata, OpenStreetMap).",
      "mentions": "Where the article refers to the place; each mention's text must be `name` or an alias, unless its `form` is `pronoun` or `description`."
    }
  },
  "PlaceRef": {
    "description": "A reference to a place declared in the record's `places`.",
    "properties": {
      "kind": "Marks a reference to a declared place.",
      "place": "The id of the declared place.",
      "span": "Where the article names the place here, in UTF-16 code units."
    }
  },
  "Distance": {
    "description": "A distance the article gives, with its honesty kept (\"fifty kilometres\", \"some 20 km\").",
    "properties": {
      "quantity": "How far.",
      "unit": "The unit of length."
    }
  },
  "RelativePlace": {
    "description": "A place given relative to a declared place (\"fifty kilometres south-east of the capital\", \"off the coast\", \"im Norden der Stadt\").",
    "properties": {
      "kind": "Marks a relative place.",
      "position": "Where the place lies from `of`.",
      "of": "The id of the declared place it is given against.",
      "distance": "The distance, when the article gives one.",
      "span": "Where the article gives the whole location (\"fifty kilometres south-east of the capital\")."
    }
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
  "RatioQuantity": {
    "description": "A ratio as the article gives it, without turning it into a percentage: \"one in four adults\" (1/4), \"a quarter\" (1/4), \"two thirds\" (2/3), \"twice the price\" (2/1), \"fewer than one in twenty\" (1/20 with the bound `fewer-than`), \"nearly a quarter\" (1/4 with the hedge \"nearly\"). Its unit is a `proportion`.",
    "properties": {
      "kind": "Marks a ratio.",
      "numerator": "The part (\"one\" in \"one in four\"; 2 in \"twice\").",
      "denominator": "The whole (\"four\" in \"one in four\"; 1 for a multiple such as \"twice\"); greater than zero.",
      "hedge": "A hedge or the words of a bound, as the span writes them (\"nearly\", \"fewer than\", \"fast\").",
      "relation": "With a bound's words in `hedge`: which side of the ratio the true one lies."
    }
  },
  "Quantity": {
    "description": "A quantity that keeps the article's honesty: exact, approximate, a bound, a range, vague or a ratio.",
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
  "VolumeUnit": {
    "description": "A volume (\"40 litres of rain per square metre\").",
    "properties": {
      "kind": "Marks a volume.",
      "unit": "The unit of volume."
    }
  },
  "TemperatureUnit": {
    "description": "A temperature (\"38 °C\").",
    "properties": {
      "kind": "Marks a temperature.",
      "unit": "The scale of the temperature."
    }
  },
  "MagnitudeUnit": {
    "description": "An earthquake's magnitude (\"a magnitude 6.1 quake\", \"Stärke 5,4\").",
    "properties": {
      "kind": "Marks a magnitude.",
      "scale": "The magnitude scale the article gives, or `unspecified`."
    }
  },
  "PointsUnit": {
    "description": "Points on an index or in a score (\"the DAX lost 120 points\", \"won by 3 points\").",
    "properties": {
      "kind": "Marks points.",
      "of": "What the points are of, in a short phrase (\"DAX\", \"the match\")."
    }
  },
  "AgeUnit": {
    "description": "A person's age (\"aged 54\", \"54-year-old\", \"im Alter von 54 Jahren\").",
    "properties": {
      "kind": "Marks an age.",
      "unit": "The unit the age is given in; years unless the article says months, weeks or days."
    }
  },
  "ProportionUnit": {
    "description": "A proportion with no dimension: the unit of a `ratio` quantity (\"one in four\", \"twice\").",
    "properties": {
      "kind": "Marks a proportion."
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
  "Channel": {
    "description": "The channel of a quote, with the article's words for it (\"in a statement\", \"told reporters\", \"in einem Interview\").",
    "properties": {
      "type": "The kind of channel.",
      "span": "Where the article names the channel."
    }
  },
  "Denial": {
    "description": "What a quote denies: a claim made elsewhere in the record (a quote or an event), by whom, when the article says (\"denied reports that…\": the reports are the claimant, an unnamed actor).",
    "properties": {
      "quote": "The id of the quote whose claim is denied.",
      "event": "The id of the event whose report is denied (its status is usually `alleged` or `denied`).",
      "claimant": "The id of the actor who made the claim denied, named or not (\"reports\", \"the opposition\")."
    }
  },
  "DirectQuote": {
    "description": "Words given verbatim, in quotation marks.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"said on Belta\", \"according to state agency Belta\"). Not the person or outlet spoken to (\"told AFP\"): that is `addressee`.",
      "addressee": "The id of the actor the words were said to (\"told AFP\", \"sagte sie der Süddeutschen Zeitung\", \"had told him\").",
      "channel": "Where or how the words were said (\"in a statement\", \"at a news conference\", \"in a post on X\").",
      "within": "The id of the quote that reports this one, when it is nested (\"He said an aide had told him that…\": the aide's words are within his).",
      "denies": "Set when the quote denies a claim made elsewhere.",
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
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"said on Belta\", \"according to state agency Belta\"). Not the person or outlet spoken to (\"told AFP\"): that is `addressee`.",
      "addressee": "The id of the actor the words were said to (\"told AFP\", \"sagte sie der Süddeutschen Zeitung\", \"had told him\").",
      "channel": "Where or how the words were said (\"in a statement\", \"at a news conference\", \"in a post on X\").",
      "within": "The id of the quote that reports this one, when it is nested (\"He said an aide had told him that…\": the aide's words are within his).",
      "denies": "Set when the quote denies a claim made elsewhere.",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks an indirect (reported) quotation.",
      "content": "The reported content: the clause that gives what was said (its first stretch, when a reporting clause interrupts it).",
      "continuation": "Further stretches of the content after a reporting clause interrupts it (\"…$3 to $5 each, the firm said, a fraction of…\"), in order."
    }
  },
  "MixedQuote": {
    "description": "Words reported in the writer's words with verbatim fragments in quotation marks.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"said on Belta\", \"according to state agency Belta\"). Not the person or outlet spoken to (\"told AFP\"): that is `addressee`.",
      "addressee": "The id of the actor the words were said to (\"told AFP\", \"sagte sie der Süddeutschen Zeitung\", \"had told him\").",
      "channel": "Where or how the words were said (\"in a statement\", \"at a news conference\", \"in a post on X\").",
      "within": "The id of the quote that reports this one, when it is nested (\"He said an aide had told him that…\": the aide's words are within his).",
      "denies": "Set when the quote denies a claim made elsewhere.",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks a mixed quotation: reported speech with quoted fragments.",
      "content": "The reported content as a whole, fragments included (its first stretch, when a reporting clause interrupts it).",
      "continuation": "Further stretches of the content after a reporting clause interrupts it, in order.",
      "quoted": "The verbatim fragments, each inside `content` or a `continuation` and without its quotation marks."
    }
  },
  "RefusalQuote": {
    "description": "A speaker declining to say anything (\"declined to comment\", \"n'a pas souhaité s'exprimer\"): a statement with no content.",
    "properties": {
      "id": "The quote's id, unique within the record.",
      "speaker": "Who spoke.",
      "via": "Ids of the actors that relayed the words, in the order they passed them on (\"said on Belta\", \"according to state agency Belta\"). Not the person or outlet spoken to (\"told AFP\"): that is `addressee`.",
      "addressee": "The id of the actor the words were said to (\"told AFP\", \"sagte sie der Süddeutschen Zeitung\", \"had told him\").",
      "channel": "Where or how the words were said (\"in a statement\", \"at a news conference\", \"in a post on X\").",
      "within": "The id of the quote that reports this one, when it is nested (\"He said an aide had told him that…\": the aide's words are within his).",
      "denies": "Set when the quote denies a claim made elsewhere.",
      "verb": "The reporting verb as the article writes it (\"said\", \"accuses\", \"threatened\").",
      "saidAt": "When the words were said, when the article tells.",
      "mode": "Marks a refusal to comment.",
      "refusal": "The article's words for the refusal, verbatim (\"declined to comment\", \"wollte sich nicht äußern\")."
    }
  },
  "Quote": {
    "description": "A quotation attributed to a speaker: direct, indirect, mixed or a refusal, told apart by `mode`.",
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
      "schemaVersion": "The version of the record format: `\"1.1\"` for this release, or `\"1.0\"` for a record written before it.",
      "article": "The article the record breaks down.",
      "actors": "Every person, state, organization and group the article names.",
      "events": "Every event the article reports, announces, alleges or gives as background.",
      "quotes": "Every quotation the article carries, direct or reported.",
      "statistics": "Every number and quantity word the article gives.",
      "places": "Places declared once and referred to by id from events, statistics and territories (`{ kind: \"ref\", place }`).",
      "provenance": "Who or what made the record, and how."
    }
  },
  "TextSpan": {
    "description": "A stretch of the article's text (the body, unless `part` says otherwise): half-open `[start, end)` offsets counted in **UTF-16 code units** (the unit of JavaScript's `String.prototype.slice` and `length`), like the W3C Web Annotation `TextPositionSelector`. `validateRecord` checks `0 <= start < end <= body.length`, and that `exact`, when given, is the text `body.slice(start, end)`.\n\nA span points into the body unless `part` names another part of the article: the headline, the dateline, the byline or a correction note (with `correction`, the note's id); offsets then count from the start of that text.",
    "properties": {
      "start": "Offset of the first code unit, counted in UTF-16 code units from the start of the text `part` names (`article.body` by default).",
      "end": "Offset just past the last code unit (exclusive), in UTF-16 code units.",
      "exact": "The text found at `[start, end)` of that part; when given, it must match it exactly.",
      "part": "The part of the article the offsets count into: `body` when absent; `headline`, `dateline`, `byline` or `correction`.",
      "correction": "With `part: \"correction\"`, the id of the correction note (in `article.corrections`) the span points into."
    }
  },
  "VerbatimSpan": {
    "description": "A span whose words are given verbatim: the words of a direct quotation or of a quoted fragment. `exact` is required, so that grounding can prove the words stand in the body where the span says.",
    "properties": {
      "start": "Offset of the first code unit, counted in UTF-16 code units from the start of the text `part` names (`article.body` by default).",
      "end": "Offset just past the last code unit (exclusive), in UTF-16 code units.",
      "exact": "The quoted words exactly as the body has them, without the quotation marks.",
      "part": "The part of the article the offsets count into: `body` when absent; `headline`, `dateline`, `byline` or `correction`.",
      "correction": "With `part: \"correction\"`, the id of the correction note (in `article.corrections`) the span points into."
    }
  },
  "MentionSpan": {
    "description": "A span where the article mentions an actor or a place, and how it refers to it.",
    "properties": {
      "start": "Offset of the first code unit, counted in UTF-16 code units from the start of the text `part` names (`article.body` by default).",
      "end": "Offset just past the last code unit (exclusive), in UTF-16 code units.",
      "exact": "The text found at `[start, end)` of that part; when given, it must match it exactly.",
      "part": "The part of the article the offsets count into: `body` when absent; `headline`, `dateline`, `byline` or `correction`.",
      "correction": "With `part: \"correction\"`, the id of the correction note (in `article.corrections`) the span points into.",
      "form": "How the words refer: `name` or `alias` (the default), `pronoun` or `description`."
    }
  },
  "Phrase": {
    "description": "Something the article names in a phrase rather than as a fact of the record: what a share is of (\"of its members\"), what a change is compared with (\"compared with the control group\"). `text` is the article's words; `actor` links the phrase to an actor when it is one.",
    "properties": {
      "text": "The article's words, in its language (\"its members\", \"der Kontrollgruppe\").",
      "actor": "The id of the actor the phrase names, when it names one.",
      "span": "Where the article writes the phrase; its words must be `text`."
    }
  },
  "TimeRate": {
    "description": "A quantity per unit of time (\"€1.8 million a month\", \"15.000 Pendler täglich\").",
    "properties": {
      "kind": "Marks a rate per unit of time.",
      "unit": "The unit of time: `month` for \"a month\", \"monatlich\", \"par mois\", \"al mes\".",
      "span": "Where the article gives the rate's words (\"a month\", \"täglich\"), when they stand apart from the quantity's span."
    }
  },
  "ItemRate": {
    "description": "A quantity per item (\"$3 to $5 a tablet\", \"per capita\", \"pro Kopf\", \"par habitant\").",
    "properties": {
      "kind": "Marks a rate per item.",
      "noun": "The item, as an English singular noun (\"tablet\", \"person\", \"share\").",
      "span": "Where the article gives the rate's words (\"a tablet\", \"pro Kopf\"), when they stand apart from the quantity's span."
    }
  },
  "Rate": {
    "description": "What a quantity is given per: a unit of time or an item.",
    "properties": {}
  },
  "Change": {
    "description": "A statistic that is a change: \"up 9% from last year\", \"rose 3.1% to 95 rand\", \"cut deaths by 58% compared with the control group\", \"fell by a quarter\". The statistic's quantity is the size of the change, always positive; the direction says which way. The baseline is a period (`since`), a value (`from`, another statistic) or a comparison group (`comparedWith`); `to` is the level reached.",
    "properties": {
      "direction": "Which way the change goes.",
      "span": "Where the article gives the direction's words (\"rose\", \"fell by\", \"cut\"), when they stand outside the statistic's span.",
      "since": "The period the change is measured from (\"from last year\": 2025).",
      "from": "The id of the statistic that gives the value before the change.",
      "to": "The id of the statistic that gives the level after the change (\"to 95 rand\").",
      "comparedWith": "What the change is measured against, when it is a group rather than a time (\"compared with the control group\")."
    }
  },
  "IntervalUncertainty": {
    "description": "A confidence interval the article gives (\"58% (95% CI 49% to 66%)\"), in the statistic's unit.",
    "properties": {
      "kind": "Marks a confidence interval.",
      "min": "The interval's low end.",
      "max": "The interval's high end.",
      "level": "The confidence level in percent (95 for \"95% CI\"), when given.",
      "span": "Where the article gives the interval."
    }
  },
  "MarginUncertainty": {
    "description": "A margin of error the article gives (\"plus or minus 3 percentage points\"), in the statistic's unit.",
    "properties": {
      "kind": "Marks a margin of error.",
      "value": "The margin, on either side of the value.",
      "level": "The confidence level in percent, when given.",
      "span": "Where the article gives the margin."
    }
  },
  "Uncertainty": {
    "description": "How uncertain a measured number is: a confidence interval or a margin of error.",
    "properties": {}
  },
  "Estimate": {
    "description": "Marks a statistic as an estimate, preliminary figure, forecast, projection or target, with the article's words for it.",
    "properties": {
      "kind": "What kind of figure the statistic is.",
      "words": "The article's words that say so, as written (\"an estimated\", \"voraussichtlich\", \"could reach\").",
      "span": "Where the words stand, when outside the statistic's span."
    }
  },
  "StatisticLink": {
    "description": "A link from a statistic to another statistic of the record.",
    "properties": {
      "relation": "How this statistic relates to the other.",
      "statistic": "The id of the other statistic."
    }
  },
  "Statistic": {
    "description": "A number the article reports, with its honesty kept: what is measured, how much (exact, hedged, a range, vague or a ratio), in what unit and per what, over what period and place, of what whole, as a change or an estimate, with what uncertainty, who reports it, and where the article says it.",
    "properties": {
      "id": "The statistic's id, unique within the record.",
      "measure": "What is measured, in a short phrase (\"people apprehended crossing the border\"), in English or the article's language.",
      "quantity": "How much, with the article's hedging kept; for a change, its size (never negative: the direction is in `change`).",
      "unit": "What the quantity counts or measures.",
      "per": "What the quantity is given per: a unit of time (\"a month\") or an item (\"a tablet\", \"per capita\").",
      "change": "Set when the statistic is a change: its direction and baseline.",
      "of": "What a share or count is of, when the article says (\"nearly 30% of its members\").",
      "uncertainty": "A confidence interval or margin of error the article gives.",
      "estimate": "Set when the figure is an estimate, preliminary, a forecast, a projection or a target.",
      "subject": "The id of the actor the number is about (the group counted, the state measured).",
      "period": "The period the number covers (\"this year so far\").",
      "place": "The place the number covers.",
      "reportedBy": "The id of the actor the article gives as the number's source.",
      "reportedIn": "The id of the quote (a statement, an interview) that gives the number.",
      "related": "Links to other statistics: a part of, a change in, a conversion of, or compared with.",
      "span": "Where the article gives the quantity: its hedge, number and any unit joined to it (\"some 3,500\", \"680-kilometre\")."
    }
  }
};
