"""Our own story set, part 5: ten more events in five look-alike pairs, two English reports each.

Written for newsprism's benchmark in December 2026 (not copied from any outlet), after the
stories changes of that month, to be the *next* held-out part: the topics in :data:`FRESH` were
scored once with the code as it landed and are never to be developed on; the other two pairs are
for development.  Look-alikes again share a place, an institution or a kind of event: two
Baltic cable breaks weeks apart, two shutdowns of one museum, two earthquakes in western Turkey,
two oil spills in the Kerch Strait area, two days of cancelled flights at Moscow's airports.
"""

#: the look-alike topic pairs of this part; the first three are held out
TOPICS = [
    ("baltic-cable-november", "baltic-cable-december"),
    ("louvre-heist", "louvre-strike"),
    ("istanbul-quake", "izmir-quake"),
    ("kerch-tankers", "azov-barge"),
    ("moscow-drones", "aeroflot-outage"),
]
FRESH = TOPICS[:3]

EN = {
    "baltic-cable-november": (
        "2024-11-19",
        [
            (
                "Northern Dispatch",
                "Two Baltic Sea data cables cut within a day, sabotage suspected",
                "Two undersea telecommunications cables in the Baltic Sea were severed within 24 hours, "
                "the operators said on Tuesday: the C-Lion1 link between Helsinki and Rostock and a cable "
                "connecting Lithuania with Sweden's Gotland. German Defence Minister Boris Pistorius said "
                "'no one believes these cables were cut by accident'. Investigators are looking at the "
                "Chinese bulk carrier Yi Peng 3, which sailed over both routes.",
            ),
            (
                "The Harbour Times",
                "Chinese ship shadowed by Danish navy after Baltic cable damage",
                "A Danish patrol vessel was following the bulk carrier Yi Peng 3 in the Kattegat on "
                "Wednesday after Finland and Germany reported damage to the 1,200-kilometre C-Lion1 cable. "
                "Telia Lithuania said its 218-kilometre link to Gotland stopped carrying traffic early on "
                "Sunday. Sweden's police opened a sabotage inquiry. China's foreign ministry said it was "
                "not aware of the situation.",
            ),
        ],
    ),
    "baltic-cable-december": (
        "2024-12-26",
        [
            (
                "Northern Dispatch",
                "Finland seizes tanker after Estlink 2 power cable fails on Christmas Day",
                "Finnish coast guards boarded the oil tanker Eagle S on Thursday, suspecting its anchor "
                "damaged the Estlink 2 power cable between Finland and Estonia, which failed at noon on "
                "Christmas Day and cut 650 megawatts of capacity. Four data cables were also damaged. The "
                "Cook Islands-flagged ship had left St Petersburg. EU officials said it belonged to "
                "Russia's shadow fleet.",
            ),
            (
                "Baltic Business Review",
                "Estonia-Finland power link down for months, operator says",
                "Repairs to the Estlink 2 subsea cable could take until August, grid operator Fingrid "
                "said on Friday, after investigators found a 100-kilometre drag mark on the seabed. Estonian "
                "Prime Minister Kristen Michal called for NATO to step up patrols. Electricity prices in "
                "Estonia rose on the news. The tanker Eagle S was escorted to anchorage off Porvoo.",
            ),
        ],
    ),
    "louvre-heist": (
        "2025-10-19",
        [
            (
                "Capital Wire",
                "Thieves steal Napoleonic jewels from the Louvre in seven-minute raid",
                "Thieves using a furniture lift broke into the Louvre's Apollo Gallery on Sunday morning and "
                "escaped on scooters with eight pieces of 19th-century crown jewellery, Culture Minister "
                "Rachida Dati said. The museum was evacuated and closed for the day. The crown of Empress "
                "Eugénie was dropped during the escape and recovered damaged. Paris prosecutors opened an "
                "investigation into organised theft.",
            ),
            (
                "Continental Post",
                "'Priceless' crown jewels taken in daylight Louvre robbery",
                "Four masked men cut through a window of the Galerie d'Apollon shortly after the Louvre opened "
                "at 9am and smashed two display cases, Interior Minister Laurent Nuñez said. The raid took "
                "about seven minutes. Among the stolen items are a sapphire necklace of Queen Marie-Amélie "
                "and a diadem of Empress Eugénie. About 60 investigators are working on the case.",
            ),
        ],
    ),
    "louvre-strike": (
        "2025-06-16",
        [
            (
                "Capital Wire",
                "Louvre stays shut as staff walk out over overcrowding",
                "The Louvre did not open on Monday after guards, ticket agents and other staff stopped work "
                "in protest at crowds and understaffing, leaving thousands of visitors queueing outside the "
                "glass pyramid. Unions said the museum, which received 8.7 million visitors last year, "
                "could no longer cope. President Emmanuel Macron announced a renovation plan in January.",
            ),
            (
                "The Morning Ledger",
                "Tourists turned away from the Mona Lisa as Louvre workers strike",
                "Visitors with pre-booked tickets were stuck outside the Louvre for hours on Monday as "
                "employees held a spontaneous walkout during a staff meeting. 'We cannot work in these "
                "conditions,' said Sarah Sefian of the CGT-Culture union, citing water leaks and heat. The "
                "museum partly reopened in the afternoon and said it would refund tickets.",
            ),
        ],
    ),
    "istanbul-quake": (
        "2025-04-23",
        [
            (
                "Eastern Herald",
                "Magnitude 6.2 earthquake shakes Istanbul, hundreds hurt jumping from buildings",
                "A magnitude 6.2 earthquake centred in the Sea of Marmara off Silivri shook Istanbul on "
                "Wednesday, sending residents into the streets, Turkey's disaster agency AFAD said. Interior "
                "Minister Ali Yerlikaya said 151 people were injured, most of them jumping from balconies in "
                "panic. An abandoned building collapsed in Fatih. More than 180 aftershocks followed.",
            ),
            (
                "Global Report",
                "Istanbul residents sleep in parks after strongest quake in years",
                "Thousands of people spent the night in parks and cars in Istanbul after a 6.2 quake struck "
                "at 12:49 on a public holiday, the strongest to hit the city in decades. The health minister "
                "said 236 people were treated in hospital. Schools were closed for two days. Seismologists "
                "warned that a far larger Marmara earthquake remains likely.",
            ),
        ],
    ),
    "izmir-quake": (
        "2025-05-20",
        [
            (
                "Eastern Herald",
                "Earthquake off Izmir damages old buildings, no deaths reported",
                "A magnitude 5.8 earthquake struck in the Aegean Sea off the coast of Izmir province on "
                "Tuesday evening, Turkey's disaster agency AFAD said, damaging 40 old buildings in Seferihisar "
                "and Urla. Governor Süleyman Elban said 27 people were slightly injured. The tremor was felt "
                "on the Greek island of Samos, where schools were inspected.",
            ),
            (
                "Global Report",
                "Quake rattles Izmir and Samos, reviving memories of 2020 disaster",
                "Residents of Izmir ran out of their homes on Tuesday when a 5.8 earthquake hit 16 kilometres "
                "offshore, five years after a 7.0 tremor killed 117 people in the city. Greek authorities said "
                "there was no serious damage on Samos. Environment Minister Murat Kurum said teams were "
                "checking buildings in Seferihisar.",
            ),
        ],
    ),
    "kerch-tankers": (
        "2024-12-15",
        [
            (
                "Black Sea Monitor",
                "Two Russian tankers break up in storm in Kerch Strait, oil spills",
                "Two ageing Russian tankers, Volgoneft-212 and Volgoneft-239, carrying about 9,200 tonnes of "
                "fuel oil were damaged in a storm in the Kerch Strait on Sunday, Russian officials said. One "
                "crew member died. The bow of Volgoneft-212 broke off. Environmental groups warned of a "
                "major spill. President Vladimir Putin ordered a working group to deal with the consequences.",
            ),
            (
                "Global Report",
                "Fuel oil washes up on Anapa beaches after tanker disaster",
                "Thick fuel oil reached beaches in the Russian resort of Anapa on Tuesday, two days after two "
                "river tankers split apart in gale-force winds near the Kerch Strait. Krasnodar region "
                "declared an emergency, and volunteers shovelled oil into bags. Officials said up to 40 per "
                "cent of the cargo may have leaked. Both ships were more than 50 years old.",
            ),
        ],
    ),
    "azov-barge": (
        "2025-01-21",
        [
            (
                "Black Sea Monitor",
                "Cargo barge sinks in Sea of Azov, crew rescued",
                "A Russian cargo barge carrying 3,000 tonnes of grain sank in a storm in the Sea of Azov off "
                "Yeysk on Tuesday, the regional emergencies ministry said. All seven crew were lifted off by "
                "a rescue boat. Officials said there was no fuel spill beyond a small slick from the engine "
                "room. Navigation near the port was briefly suspended.",
            ),
            (
                "The Harbour Times",
                "Grain barge goes down near Yeysk as Azov storm batters coast",
                "Winds of up to 25 metres per second sank the barge Azov-Trans 4 near the port of Yeysk, "
                "port authorities said. Its seven sailors were rescued. The vessel, built in 1986, was "
                "carrying wheat to Turkey. Divers will examine the hull. Prosecutors opened a check into "
                "safety rules.",
            ),
        ],
    ),
    "moscow-drones": (
        "2025-05-07",
        [
            (
                "Eastern Herald",
                "Moscow airports halt flights as drones target capital before parade",
                "All four Moscow airports suspended or restricted flights on Wednesday after Ukrainian drones "
                "attacked the capital for a second day, stranding about 60,000 passengers, the Association of "
                "Tour Operators said. Mayor Sergei Sobyanin said air defences shot down 19 drones. Aeroflot "
                "cancelled 170 flights and delayed dozens more, days before the Victory Day parade.",
            ),
            (
                "Continental Post",
                "Passengers sleep on floors at Sheremetyevo after drone closures",
                "Travellers slept on floors at Sheremetyevo and Vnukovo on Wednesday night as drone alerts "
                "closed Moscow's airspace repeatedly. Russia's aviation agency Rosaviatsia said more than 350 "
                "flights were disrupted. Transport Minister Roman Starovoyt ordered airlines to feed and house "
                "stranded passengers. Kyiv did not comment.",
            ),
        ],
    ),
    "aeroflot-outage": (
        "2025-07-28",
        [
            (
                "Eastern Herald",
                "Aeroflot cancels dozens of flights after hackers claim attack",
                "Aeroflot cancelled more than 40 flights from Moscow's Sheremetyevo on Monday after a failure "
                "of its information systems, the airline said. Pro-Ukrainian hacker groups Silent Crow and "
                "Cyber Partisans said they had destroyed 7,000 servers. Prosecutors opened a criminal case into "
                "unlawful access to computer information. Kremlin spokesman Dmitry Peskov called the reports "
                "worrying.",
            ),
            (
                "Global Report",
                "Cyberattack grounds Aeroflot flights, queues build at Sheremetyevo",
                "Long queues formed at Sheremetyevo on Monday as Aeroflot's booking and check-in systems "
                "went down, forcing the airline to cancel 108 flights and cut its schedule for the day. "
                "Hackers said they had been inside the network for a year. Passengers were offered refunds "
                "or rebooking until September.",
            ),
        ],
    ),
}
