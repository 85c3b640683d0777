// Generated from data/belarus-lithuania-border.json by scripts/generate-dataset.mjs; do not edit.
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { NewsRecord } from "../schema/record.js";

/**
 * The record of the article `belarus-lithuania-border-2021-08-05`, as deeply read-only
 * constants with literal types. Generated from `data/belarus-lithuania-border.json`.
 */
export const belarusLithuaniaBorder = {
  "schemaVersion": "1.1",
  "article": {
    "id": "belarus-lithuania-border-2021-08-05",
    "publishedAt": "2021-08-05",
    "language": "en",
    "body": "Belarus plans to close parts of the country’s border with Lithuania in order to stop migrants who have crossed into Lithuania from coming back.\n\nThe move comes after Belarus appeared to allow migrants, mainly from war-torn countries, to enter Lithuania, a member of the European Union, in what is believed to be a retaliation for sanctions imposed on Minsk by the bloc.\n\n“From today, no one will be allowed to cross the border from any side, neither from the south nor from the west,” President Alexander Lukashenko said on Thursday, according to state agency Belta.\n\nThe EU accuses Belarus of deliberately allowing migrants to cross its border towards the European Union, after Lukashenko openly threatened to allow refugees from countries such as Syria, Iraq and Afghanistan to enter the bloc.\n\nSeveral hundred migrants have entered Lithuania from Belarus in recent weeks. This year so far, some 3,500 people have been apprehended crossing the 680-kilometre border with Belarus. Most have applied for asylum.\n\nEU border agency Frontex has sent additional personnel to Lithuania in recent weeks, in an attempt to prevent further illegal border crossings.\n\nThe spat comes after a year of protests in Belarus, unleashed when large parts of society disputed Lukashenko’s election win.\n\nThe EU imposed sanctions on Belarus for human rights abuses in response to peaceful demonstrations and the violent repression of civil society.\n\nLithuania is one of the biggest supporters of the Belarusian democracy movement and has long been a refuge for Belarusian opposition figures.\n\nLukashenko’s latest move is seen as an attempt to stop the EU from returning the migrants sent from Belarus into the bloc.\n\nIt would be a “threat” to Belarus if migrants were collected at the crossing points and then “deported to the territory of Belarus under threat of armed force,” Lukashenko said.\n\nThe EU has not suggested it would respond to the events in this manner."
  },
  "actors": [
    {
      "id": "belarus",
      "kind": "state",
      "name": "Belarus",
      "country": "BY",
      "aliases": [
        "Minsk"
      ],
      "sameAs": [
        "http://www.wikidata.org/entity/Q184"
      ],
      "mentions": [
        {
          "start": 0,
          "end": 7,
          "exact": "Belarus"
        },
        {
          "start": 32,
          "end": 43,
          "exact": "the country",
          "form": "description"
        },
        {
          "start": 166,
          "end": 173,
          "exact": "Belarus"
        },
        {
          "start": 351,
          "end": 356,
          "exact": "Minsk"
        },
        {
          "start": 583,
          "end": 590,
          "exact": "Belarus"
        },
        {
          "start": 850,
          "end": 857,
          "exact": "Belarus"
        },
        {
          "start": 972,
          "end": 979,
          "exact": "Belarus"
        },
        {
          "start": 1200,
          "end": 1207,
          "exact": "Belarus"
        },
        {
          "start": 1312,
          "end": 1319,
          "exact": "Belarus"
        },
        {
          "start": 1672,
          "end": 1679,
          "exact": "Belarus"
        },
        {
          "start": 1722,
          "end": 1729,
          "exact": "Belarus"
        },
        {
          "start": 1819,
          "end": 1826,
          "exact": "Belarus"
        }
      ]
    },
    {
      "id": "lithuania",
      "kind": "state",
      "name": "Lithuania",
      "country": "LT",
      "sameAs": [
        "http://www.wikidata.org/entity/Q37"
      ],
      "mentions": [
        {
          "start": 58,
          "end": 67,
          "exact": "Lithuania"
        },
        {
          "start": 116,
          "end": 125,
          "exact": "Lithuania"
        },
        {
          "start": 243,
          "end": 252,
          "exact": "Lithuania"
        },
        {
          "start": 835,
          "end": 844,
          "exact": "Lithuania"
        },
        {
          "start": 1070,
          "end": 1079,
          "exact": "Lithuania"
        },
        {
          "start": 1429,
          "end": 1438,
          "exact": "Lithuania"
        }
      ],
      "affiliations": [
        {
          "relation": "member",
          "of": "eu",
          "span": {
            "start": 254,
            "end": 284,
            "exact": "a member of the European Union"
          }
        }
      ]
    },
    {
      "id": "eu",
      "kind": "organization",
      "name": "European Union",
      "organizationType": "intergovernmental",
      "aliases": [
        "EU",
        "the bloc"
      ],
      "sameAs": [
        "http://www.wikidata.org/entity/Q458"
      ],
      "mentions": [
        {
          "start": 270,
          "end": 284,
          "exact": "European Union"
        },
        {
          "start": 360,
          "end": 368,
          "exact": "the bloc"
        },
        {
          "start": 572,
          "end": 574,
          "exact": "EU"
        },
        {
          "start": 657,
          "end": 671,
          "exact": "European Union"
        },
        {
          "start": 786,
          "end": 794,
          "exact": "the bloc"
        },
        {
          "start": 1012,
          "end": 1014,
          "exact": "EU"
        },
        {
          "start": 1288,
          "end": 1290,
          "exact": "EU"
        },
        {
          "start": 1631,
          "end": 1633,
          "exact": "EU"
        },
        {
          "start": 1685,
          "end": 1693,
          "exact": "the bloc"
        },
        {
          "start": 1879,
          "end": 1881,
          "exact": "EU"
        }
      ]
    },
    {
      "id": "lukashenko",
      "kind": "person",
      "name": "Alexander Lukashenko",
      "aliases": [
        "Lukashenko"
      ],
      "roles": [
        {
          "title": "President",
          "of": "belarus"
        }
      ],
      "mentions": [
        {
          "start": 495,
          "end": 515,
          "exact": "Alexander Lukashenko"
        },
        {
          "start": 679,
          "end": 689,
          "exact": "Lukashenko"
        },
        {
          "start": 1256,
          "end": 1266,
          "exact": "Lukashenko"
        },
        {
          "start": 1572,
          "end": 1582,
          "exact": "Lukashenko"
        },
        {
          "start": 1857,
          "end": 1867,
          "exact": "Lukashenko"
        }
      ]
    },
    {
      "id": "belta",
      "kind": "organization",
      "name": "Belta",
      "organizationType": "news-agency",
      "partOf": "belarus",
      "country": "BY",
      "mentions": [
        {
          "start": 560,
          "end": 565,
          "exact": "Belta"
        }
      ],
      "affiliations": [
        {
          "relation": "affiliate",
          "of": "belarus",
          "span": {
            "start": 547,
            "end": 559,
            "exact": "state agency"
          }
        }
      ]
    },
    {
      "id": "frontex",
      "kind": "organization",
      "name": "Frontex",
      "organizationType": "government-agency",
      "partOf": "eu",
      "mentions": [
        {
          "start": 1029,
          "end": 1036,
          "exact": "Frontex"
        }
      ]
    },
    {
      "id": "syria",
      "kind": "state",
      "name": "Syria",
      "country": "SY",
      "sameAs": [
        "http://www.wikidata.org/entity/Q858"
      ],
      "mentions": [
        {
          "start": 749,
          "end": 754,
          "exact": "Syria"
        }
      ]
    },
    {
      "id": "iraq",
      "kind": "state",
      "name": "Iraq",
      "country": "IQ",
      "sameAs": [
        "http://www.wikidata.org/entity/Q796"
      ],
      "mentions": [
        {
          "start": 756,
          "end": 760,
          "exact": "Iraq"
        }
      ]
    },
    {
      "id": "afghanistan",
      "kind": "state",
      "name": "Afghanistan",
      "country": "AF",
      "sameAs": [
        "http://www.wikidata.org/entity/Q889"
      ],
      "mentions": [
        {
          "start": 765,
          "end": 776,
          "exact": "Afghanistan"
        }
      ]
    },
    {
      "id": "migrants",
      "kind": "group",
      "name": "migrants",
      "groupType": "migrants",
      "mentions": [
        {
          "start": 85,
          "end": 93,
          "exact": "migrants"
        },
        {
          "start": 192,
          "end": 200,
          "exact": "migrants"
        },
        {
          "start": 616,
          "end": 624,
          "exact": "migrants"
        },
        {
          "start": 813,
          "end": 821,
          "exact": "migrants"
        },
        {
          "start": 1653,
          "end": 1661,
          "exact": "migrants"
        },
        {
          "start": 1733,
          "end": 1741,
          "exact": "migrants"
        }
      ]
    },
    {
      "id": "refugees",
      "kind": "group",
      "name": "refugees",
      "groupType": "refugees",
      "origins": [
        "syria",
        "iraq",
        "afghanistan"
      ],
      "originsIncomplete": true,
      "mentions": [
        {
          "start": 717,
          "end": 725,
          "exact": "refugees"
        }
      ]
    },
    {
      "id": "belarusian-society",
      "kind": "group",
      "name": "Belarusian society",
      "aliases": [
        "society"
      ],
      "groupType": "population",
      "country": "BY",
      "mentions": [
        {
          "start": 1239,
          "end": 1246,
          "exact": "society"
        }
      ]
    },
    {
      "id": "civil-society",
      "kind": "group",
      "name": "civil society",
      "groupType": "civil-society",
      "country": "BY",
      "mentions": [
        {
          "start": 1413,
          "end": 1426,
          "exact": "civil society"
        }
      ]
    },
    {
      "id": "democracy-movement",
      "kind": "group",
      "name": "Belarusian democracy movement",
      "groupType": "opposition",
      "country": "BY",
      "mentions": [
        {
          "start": 1479,
          "end": 1508,
          "exact": "Belarusian democracy movement"
        }
      ]
    },
    {
      "id": "opposition-figures",
      "kind": "group",
      "name": "Belarusian opposition figures",
      "groupType": "opposition",
      "country": "BY",
      "mentions": [
        {
          "start": 1540,
          "end": 1569,
          "exact": "Belarusian opposition figures"
        }
      ]
    }
  ],
  "events": [
    {
      "id": "ev-border-closure",
      "eventType": "border-closure",
      "status": "announced",
      "summary": "Belarus announces it will close parts of its border with Lithuania, to stop migrants who crossed into Lithuania from coming back.",
      "date": {
        "kind": "date",
        "date": "2021-08-05"
      },
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "border",
            "countries": [
              "BY",
              "LT"
            ],
            "partial": true
          }
        }
      ],
      "participants": [
        {
          "actor": "belarus",
          "role": "agent"
        },
        {
          "actor": "lukashenko",
          "role": "announcer"
        },
        {
          "actor": "lithuania",
          "role": "affected"
        },
        {
          "actor": "migrants",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "prevention",
          "event": "ev-return-crossings",
          "span": {
            "start": 68,
            "end": 142,
            "exact": "in order to stop migrants who have crossed into Lithuania from coming back"
          }
        },
        {
          "relation": "prevention",
          "event": "ev-migrant-returns",
          "hedge": "is seen as",
          "span": {
            "start": 1597,
            "end": 1693,
            "exact": "is seen as an attempt to stop the EU from returning the migrants sent from Belarus into the bloc"
          }
        },
        {
          "relation": "background",
          "event": "ev-migrant-facilitation",
          "span": {
            "start": 145,
            "end": 165,
            "exact": "The move comes after"
          }
        },
        {
          "relation": "background",
          "event": "ev-protests",
          "inferred": true
        },
        {
          "relation": "background",
          "event": "ev-lithuania-support",
          "inferred": true
        },
        {
          "relation": "part-of",
          "event": "ev-spat",
          "inferred": true
        }
      ],
      "quotes": [
        "q-no-one-may-cross"
      ],
      "spans": [
        {
          "start": 0,
          "end": 67,
          "exact": "Belarus plans to close parts of the country’s border with Lithuania"
        },
        {
          "start": 145,
          "end": 153,
          "exact": "The move"
        },
        {
          "start": 1572,
          "end": 1596,
          "exact": "Lukashenko’s latest move"
        }
      ]
    },
    {
      "id": "ev-migrant-returns",
      "eventType": "deportation",
      "status": "hypothetical",
      "summary": "The EU sends migrants who came through Belarus back into Belarus; Lukashenko calls deportation under threat of armed force a threat, and the EU has not suggested it would do so.",
      "places": [
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "eu",
          "role": "agent"
        },
        {
          "actor": "migrants",
          "role": "target"
        },
        {
          "actor": "belarus",
          "role": "affected"
        }
      ],
      "quotes": [
        "q-deportation-threat"
      ],
      "spans": [
        {
          "start": 1639,
          "end": 1693,
          "exact": "returning the migrants sent from Belarus into the bloc"
        },
        {
          "start": 1875,
          "end": 1945,
          "exact": "The EU has not suggested it would respond to the events in this manner"
        }
      ]
    },
    {
      "id": "ev-return-crossings",
      "eventType": "border-crossing",
      "status": "hypothetical",
      "summary": "Migrants who have crossed into Lithuania come back into Belarus.",
      "places": [
        {
          "role": "origin",
          "place": {
            "kind": "country",
            "country": "LT"
          }
        },
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "migrants",
          "role": "agent"
        }
      ],
      "spans": [
        {
          "start": 85,
          "end": 142,
          "exact": "migrants who have crossed into Lithuania from coming back"
        }
      ]
    },
    {
      "id": "ev-migrant-facilitation",
      "eventType": "border-crossing",
      "status": "alleged",
      "summary": "Belarus lets migrants, mainly from war-torn countries, cross into Lithuania, a member of the EU.",
      "qualifiers": [
        "appeared to"
      ],
      "claimedBy": [
        "eu"
      ],
      "date": {
        "kind": "interval",
        "end": "2021-08-05"
      },
      "places": [
        {
          "role": "origin",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        },
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "LT"
          }
        }
      ],
      "participants": [
        {
          "actor": "belarus",
          "role": "agent"
        },
        {
          "actor": "migrants",
          "role": "beneficiary"
        },
        {
          "actor": "lithuania",
          "role": "affected"
        },
        {
          "actor": "eu",
          "role": "affected"
        }
      ],
      "related": [
        {
          "relation": "response",
          "event": "ev-eu-sanctions",
          "hedge": "is believed to be",
          "span": {
            "start": 286,
            "end": 368,
            "exact": "in what is believed to be a retaliation for sanctions imposed on Minsk by the bloc"
          }
        },
        {
          "relation": "background",
          "event": "ev-refugee-threat",
          "inferred": true
        },
        {
          "relation": "part-of",
          "event": "ev-spat",
          "inferred": true
        }
      ],
      "quotes": [
        "q-eu-accuses-belarus"
      ],
      "statistics": [
        "st-origin-share"
      ],
      "spans": [
        {
          "start": 166,
          "end": 252,
          "exact": "Belarus appeared to allow migrants, mainly from war-torn countries, to enter Lithuania"
        }
      ]
    },
    {
      "id": "ev-migrant-entries",
      "eventType": "border-crossing",
      "status": "occurred",
      "summary": "Several hundred migrants enter Lithuania from Belarus in recent weeks.",
      "date": {
        "kind": "interval",
        "end": "2021-08-05"
      },
      "places": [
        {
          "role": "origin",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        },
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "LT"
          }
        }
      ],
      "participants": [
        {
          "actor": "migrants",
          "role": "agent"
        }
      ],
      "statistics": [
        "st-recent-entries"
      ],
      "spans": [
        {
          "start": 797,
          "end": 873,
          "exact": "Several hundred migrants have entered Lithuania from Belarus in recent weeks"
        }
      ]
    },
    {
      "id": "ev-apprehensions",
      "eventType": "apprehension",
      "status": "occurred",
      "summary": "Some 3,500 people have been apprehended this year crossing the 680-kilometre border with Belarus.",
      "date": {
        "kind": "interval",
        "start": "2021",
        "end": "2021-08-05"
      },
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "border",
            "countries": [
              "LT",
              "BY"
            ]
          }
        }
      ],
      "participants": [
        {
          "actor": "migrants",
          "role": "target"
        }
      ],
      "statistics": [
        "st-apprehended",
        "st-border-length"
      ],
      "spans": [
        {
          "start": 893,
          "end": 979,
          "exact": "some 3,500 people have been apprehended crossing the 680-kilometre border with Belarus"
        }
      ]
    },
    {
      "id": "ev-asylum-applications",
      "eventType": "asylum-application",
      "status": "occurred",
      "summary": "Most of the people apprehended apply for asylum.",
      "date": {
        "kind": "interval",
        "start": "2021",
        "end": "2021-08-05"
      },
      "participants": [
        {
          "actor": "migrants",
          "role": "agent"
        }
      ],
      "statistics": [
        "st-asylum-share"
      ],
      "spans": [
        {
          "start": 981,
          "end": 1009,
          "exact": "Most have applied for asylum"
        }
      ]
    },
    {
      "id": "ev-frontex-deployment",
      "eventType": "deployment",
      "status": "occurred",
      "summary": "Frontex, the EU border agency, sends additional personnel to Lithuania in an attempt to prevent further illegal border crossings.",
      "qualifiers": [
        "in an attempt to"
      ],
      "date": {
        "kind": "interval",
        "end": "2021-08-05"
      },
      "places": [
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "LT"
          }
        }
      ],
      "participants": [
        {
          "actor": "frontex",
          "role": "agent"
        },
        {
          "actor": "lithuania",
          "role": "beneficiary"
        }
      ],
      "related": [
        {
          "relation": "prevention",
          "event": "ev-further-crossings",
          "span": {
            "start": 1097,
            "end": 1154,
            "exact": "in an attempt to prevent further illegal border crossings"
          }
        }
      ],
      "spans": [
        {
          "start": 1012,
          "end": 1095,
          "exact": "EU border agency Frontex has sent additional personnel to Lithuania in recent weeks"
        },
        {
          "start": 1097,
          "end": 1154,
          "exact": "in an attempt to prevent further illegal border crossings"
        }
      ]
    },
    {
      "id": "ev-further-crossings",
      "eventType": "border-crossing",
      "status": "hypothetical",
      "summary": "Further illegal crossings of the border into Lithuania.",
      "places": [
        {
          "role": "destination",
          "place": {
            "kind": "country",
            "country": "LT"
          }
        }
      ],
      "participants": [
        {
          "actor": "migrants",
          "role": "agent"
        }
      ],
      "spans": [
        {
          "start": 1122,
          "end": 1154,
          "exact": "further illegal border crossings"
        }
      ]
    },
    {
      "id": "ev-refugee-threat",
      "eventType": "border-crossing",
      "status": "threatened",
      "summary": "Lukashenko threatens to let refugees from countries such as Syria, Iraq and Afghanistan enter the EU.",
      "qualifiers": [
        "openly"
      ],
      "participants": [
        {
          "actor": "lukashenko",
          "role": "agent"
        },
        {
          "actor": "refugees",
          "role": "beneficiary"
        },
        {
          "actor": "eu",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "part-of",
          "event": "ev-spat",
          "inferred": true
        }
      ],
      "quotes": [
        "q-refugee-threat"
      ],
      "spans": [
        {
          "start": 679,
          "end": 794,
          "exact": "Lukashenko openly threatened to allow refugees from countries such as Syria, Iraq and Afghanistan to enter the bloc"
        }
      ]
    },
    {
      "id": "ev-eu-sanctions",
      "eventType": "sanctions",
      "status": "occurred",
      "summary": "The EU imposed sanctions on Belarus for human rights abuses in response to peaceful demonstrations and the violent repression of civil society.",
      "participants": [
        {
          "actor": "eu",
          "role": "agent"
        },
        {
          "actor": "belarus",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "response",
          "event": "ev-demonstrations",
          "span": {
            "start": 1344,
            "end": 1426,
            "exact": "in response to peaceful demonstrations and the violent repression of civil society"
          }
        },
        {
          "relation": "response",
          "event": "ev-repression",
          "span": {
            "start": 1344,
            "end": 1426,
            "exact": "in response to peaceful demonstrations and the violent repression of civil society"
          }
        }
      ],
      "spans": [
        {
          "start": 330,
          "end": 368,
          "exact": "sanctions imposed on Minsk by the bloc"
        },
        {
          "start": 1284,
          "end": 1343,
          "exact": "The EU imposed sanctions on Belarus for human rights abuses"
        }
      ]
    },
    {
      "id": "ev-spat",
      "eventType": "other",
      "status": "ongoing",
      "summary": "The spat, which comes after a year of protests in Belarus.",
      "related": [
        {
          "relation": "background",
          "event": "ev-protests",
          "span": {
            "start": 1157,
            "end": 1207,
            "exact": "The spat comes after a year of protests in Belarus"
          }
        }
      ],
      "spans": [
        {
          "start": 1157,
          "end": 1165,
          "exact": "The spat"
        }
      ]
    },
    {
      "id": "ev-protests",
      "eventType": "protest",
      "status": "occurred",
      "summary": "A year of protests in Belarus, set off when large parts of society disputed Lukashenko's election win.",
      "date": {
        "kind": "interval",
        "start": "2020",
        "end": "2021-08-05"
      },
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "belarusian-society",
          "role": "agent"
        }
      ],
      "related": [
        {
          "relation": "cause",
          "event": "ev-election-dispute",
          "span": {
            "start": 1209,
            "end": 1281,
            "exact": "unleashed when large parts of society disputed Lukashenko’s election win"
          }
        }
      ],
      "statistics": [
        "st-protest-duration"
      ],
      "spans": [
        {
          "start": 1178,
          "end": 1207,
          "exact": "a year of protests in Belarus"
        }
      ]
    },
    {
      "id": "ev-election",
      "eventType": "election",
      "status": "occurred",
      "summary": "Lukashenko wins an election.",
      "date": {
        "kind": "date",
        "date": "2020"
      },
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "lukashenko",
          "role": "beneficiary"
        }
      ],
      "spans": [
        {
          "start": 1256,
          "end": 1281,
          "exact": "Lukashenko’s election win"
        }
      ]
    },
    {
      "id": "ev-election-dispute",
      "eventType": "statement",
      "status": "occurred",
      "summary": "Large parts of Belarusian society dispute Lukashenko's election win.",
      "date": {
        "kind": "date",
        "date": "2020"
      },
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "belarusian-society",
          "role": "agent"
        },
        {
          "actor": "lukashenko",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "response",
          "event": "ev-election"
        }
      ],
      "statistics": [
        "st-disputing-share"
      ],
      "spans": [
        {
          "start": 1224,
          "end": 1281,
          "exact": "large parts of society disputed Lukashenko’s election win"
        }
      ]
    },
    {
      "id": "ev-eu-accusation",
      "eventType": "accusation",
      "status": "ongoing",
      "summary": "The EU accuses Belarus of deliberately allowing migrants to cross its border towards the European Union.",
      "participants": [
        {
          "actor": "eu",
          "role": "agent"
        },
        {
          "actor": "belarus",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "background",
          "event": "ev-refugee-threat",
          "span": {
            "start": 673,
            "end": 707,
            "exact": "after Lukashenko openly threatened"
          }
        },
        {
          "relation": "response",
          "event": "ev-migrant-facilitation",
          "inferred": true
        },
        {
          "relation": "part-of",
          "event": "ev-spat",
          "inferred": true
        }
      ],
      "quotes": [
        "q-eu-accuses-belarus"
      ],
      "spans": [
        {
          "start": 568,
          "end": 671,
          "exact": "The EU accuses Belarus of deliberately allowing migrants to cross its border towards the European Union"
        }
      ]
    },
    {
      "id": "ev-demonstrations",
      "eventType": "protest",
      "status": "occurred",
      "summary": "Peaceful demonstrations, to which the EU's sanctions respond.",
      "qualifiers": [
        "peaceful"
      ],
      "related": [
        {
          "relation": "part-of",
          "event": "ev-protests",
          "inferred": true
        }
      ],
      "spans": [
        {
          "start": 1359,
          "end": 1382,
          "exact": "peaceful demonstrations"
        }
      ]
    },
    {
      "id": "ev-repression",
      "eventType": "repression",
      "status": "occurred",
      "summary": "Civil society is violently repressed.",
      "qualifiers": [
        "violent"
      ],
      "places": [
        {
          "role": "location",
          "place": {
            "kind": "country",
            "country": "BY"
          }
        }
      ],
      "participants": [
        {
          "actor": "civil-society",
          "role": "target"
        }
      ],
      "related": [
        {
          "relation": "response",
          "event": "ev-protests",
          "inferred": true
        }
      ],
      "spans": [
        {
          "start": 1324,
          "end": 1343,
          "exact": "human rights abuses"
        },
        {
          "start": 1387,
          "end": 1426,
          "exact": "the violent repression of civil society"
        }
      ]
    },
    {
      "id": "ev-lithuania-support",
      "eventType": "political-support",
      "status": "ongoing",
      "summary": "Lithuania is one of the biggest supporters of the Belarusian democracy movement and has long been a refuge for Belarusian opposition figures.",
      "participants": [
        {
          "actor": "lithuania",
          "role": "agent"
        },
        {
          "actor": "democracy-movement",
          "role": "beneficiary"
        },
        {
          "actor": "opposition-figures",
          "role": "beneficiary"
        }
      ],
      "spans": [
        {
          "start": 1429,
          "end": 1569,
          "exact": "Lithuania is one of the biggest supporters of the Belarusian democracy movement and has long been a refuge for Belarusian opposition figures"
        }
      ]
    }
  ],
  "quotes": [
    {
      "id": "q-no-one-may-cross",
      "mode": "direct",
      "speaker": {
        "kind": "actor",
        "actor": "lukashenko"
      },
      "via": [
        "belta"
      ],
      "verb": "said",
      "saidAt": {
        "kind": "date",
        "date": "2021-08-05"
      },
      "quoted": [
        {
          "start": 372,
          "end": 483,
          "exact": "From today, no one will be allowed to cross the border from any side, neither from the south nor from the west,"
        }
      ]
    },
    {
      "id": "q-eu-accuses-belarus",
      "mode": "indirect",
      "speaker": {
        "kind": "actor",
        "actor": "eu"
      },
      "verb": "accuses",
      "content": {
        "start": 583,
        "end": 671,
        "exact": "Belarus of deliberately allowing migrants to cross its border towards the European Union"
      }
    },
    {
      "id": "q-refugee-threat",
      "mode": "indirect",
      "speaker": {
        "kind": "actor",
        "actor": "lukashenko"
      },
      "verb": "threatened",
      "content": {
        "start": 708,
        "end": 794,
        "exact": "to allow refugees from countries such as Syria, Iraq and Afghanistan to enter the bloc"
      }
    },
    {
      "id": "q-deportation-threat",
      "mode": "mixed",
      "speaker": {
        "kind": "actor",
        "actor": "lukashenko"
      },
      "verb": "said",
      "content": {
        "start": 1696,
        "end": 1856,
        "exact": "It would be a “threat” to Belarus if migrants were collected at the crossing points and then “deported to the territory of Belarus under threat of armed force,”"
      },
      "quoted": [
        {
          "start": 1711,
          "end": 1717,
          "exact": "threat"
        },
        {
          "start": 1790,
          "end": 1855,
          "exact": "deported to the territory of Belarus under threat of armed force,"
        }
      ]
    }
  ],
  "statistics": [
    {
      "id": "st-recent-entries",
      "measure": "migrants who entered Lithuania from Belarus in recent weeks",
      "quantity": {
        "kind": "vague",
        "expression": "several hundred",
        "min": 300,
        "max": 999
      },
      "unit": {
        "kind": "count",
        "noun": "migrants"
      },
      "subject": "migrants",
      "period": {
        "kind": "interval",
        "end": "2021-08-05"
      },
      "place": {
        "kind": "country",
        "country": "LT"
      },
      "span": {
        "start": 797,
        "end": 812,
        "exact": "Several hundred"
      }
    },
    {
      "id": "st-origin-share",
      "measure": "share of the migrants Belarus let into Lithuania who come from war-torn countries",
      "quantity": {
        "kind": "vague",
        "expression": "mainly",
        "min": 50,
        "max": 100
      },
      "unit": {
        "kind": "percent"
      },
      "subject": "migrants",
      "span": {
        "start": 202,
        "end": 208,
        "exact": "mainly"
      }
    },
    {
      "id": "st-apprehended",
      "measure": "people apprehended crossing the border from Belarus into Lithuania this year",
      "quantity": {
        "kind": "approximate",
        "value": 3500,
        "hedge": "some"
      },
      "unit": {
        "kind": "count",
        "noun": "people"
      },
      "subject": "migrants",
      "period": {
        "kind": "interval",
        "start": "2021",
        "end": "2021-08-05"
      },
      "place": {
        "kind": "border",
        "countries": [
          "LT",
          "BY"
        ]
      },
      "span": {
        "start": 893,
        "end": 903,
        "exact": "some 3,500"
      }
    },
    {
      "id": "st-border-length",
      "measure": "length of the border between Lithuania and Belarus",
      "quantity": {
        "kind": "exact",
        "value": 680
      },
      "unit": {
        "kind": "length",
        "unit": "km"
      },
      "place": {
        "kind": "border",
        "countries": [
          "LT",
          "BY"
        ]
      },
      "span": {
        "start": 946,
        "end": 959,
        "exact": "680-kilometre"
      }
    },
    {
      "id": "st-asylum-share",
      "measure": "share of the people apprehended this year who have applied for asylum",
      "quantity": {
        "kind": "vague",
        "expression": "most",
        "min": 50,
        "max": 100
      },
      "unit": {
        "kind": "percent"
      },
      "subject": "migrants",
      "period": {
        "kind": "interval",
        "start": "2021",
        "end": "2021-08-05"
      },
      "place": {
        "kind": "country",
        "country": "LT"
      },
      "span": {
        "start": 981,
        "end": 985,
        "exact": "Most"
      }
    },
    {
      "id": "st-protest-duration",
      "measure": "how long the protests in Belarus have gone on",
      "quantity": {
        "kind": "exact",
        "value": 1
      },
      "unit": {
        "kind": "duration",
        "unit": "year"
      },
      "place": {
        "kind": "country",
        "country": "BY"
      },
      "span": {
        "start": 1178,
        "end": 1184,
        "exact": "a year"
      }
    },
    {
      "id": "st-disputing-share",
      "measure": "share of Belarusian society that disputed Lukashenko's election win",
      "quantity": {
        "kind": "vague",
        "expression": "large parts"
      },
      "unit": {
        "kind": "percent"
      },
      "subject": "belarusian-society",
      "place": {
        "kind": "country",
        "country": "BY"
      },
      "span": {
        "start": 1224,
        "end": 1235,
        "exact": "large parts"
      }
    }
  ],
  "provenance": {
    "method": "manual",
    "agent": "news-schema maintainers"
  }
} as const satisfies ReadonlyDeep<NewsRecord>;
