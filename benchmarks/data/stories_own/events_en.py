"""Our own story set, part 1: twelve events in six look-alike pairs, two English reports each.

Written for newsprism's benchmark (not copied from any outlet).  Each report is (outlet,
headline, text); events of one topic pair are hard negatives for each other.
"""

EN = {
    "orsk-flood": (
        "2024-04-06",
        [
            (
                "Ural Daily",
                "Dam bursts in Orsk, thousands of homes flooded",
                "A dam on the Ural river burst in the city of Orsk on Friday night, flooding more than 4,000 homes, "
                "regional officials said. Governor Denis Pasler said about 2,000 people had been evacuated and "
                "that the water was still rising. Emergency crews were moving residents of the old town to schools "
                "and sports halls. Officials said the dam had been built in 2010 and blamed a record thaw.",
            ),
            (
                "Steppe Herald",
                "Orsk evacuates residents after Ural dam breach",
                "Authorities in Orsk ordered evacuations after an earthen dam gave way under record meltwater, "
                "sending the Ural river into low-lying districts. Around 4,500 houses were under water by Saturday "
                "morning, the emergencies ministry said. 'The situation is critical,' Governor Denis Pasler told "
                "reporters, asking people not to return home. A criminal case over the dam's construction was opened.",
            ),
        ],
    ),
    "valencia-flood": (
        "2024-10-30",
        [
            (
                "Iberia Wire",
                "Flash floods kill dozens in Valencia region",
                "Torrential rain dumped more than 300 litres per square metre on parts of eastern Spain on Tuesday, "
                "triggering flash floods that killed at least 62 people in the Valencia region, officials said. "
                "Cars were swept through the streets of Paiporta and Chiva. Prime Minister Pedro Sanchez promised "
                "help and said the country was 'in mourning'. Soldiers joined the rescue effort overnight.",
            ),
            (
                "Continental Post",
                "Spain's deadliest floods in decades hit Valencia",
                "Rescue teams searched for missing people in towns south of Valencia after a storm brought a year's "
                "rain in eight hours. The death toll rose to 95 on Wednesday, regional leader Carlos Mazon said. "
                "Roads and rail lines were cut and thousands of homes lost power. Spain declared three days of "
                "national mourning.",
            ),
        ],
    ),
    "cbr-hike": (
        "2024-10-25",
        [
            (
                "Moscow Markets",
                "Bank of Russia lifts key rate to record 21%",
                "Russia's central bank raised its key interest rate by 200 basis points to 21% on Friday, the "
                "highest level since the rate was introduced, to fight inflation that is running above 8%. Governor "
                "Elvira Nabiullina said further tightening was possible in December. Analysts had expected a smaller "
                "increase to 20%. The rouble weakened slightly after the decision.",
            ),
            (
                "Eurasia Finance",
                "Russia raises rates sharply as inflation refuses to slow",
                "The Bank of Russia surprised markets with a two-point increase in its benchmark rate, taking it to "
                "21 percent. The bank now expects inflation of 8 to 8.5 percent this year, well above its 4 percent "
                "target. 'Inflation is growing faster than we forecast in July,' Elvira Nabiullina told a news "
                "conference in Moscow.",
            ),
        ],
    ),
    "ecb-cut": (
        "2024-10-17",
        [
            (
                "Frankfurt Ledger",
                "ECB cuts rates again as euro zone growth falters",
                "The European Central Bank lowered its deposit rate by a quarter point to 3.25% on Thursday, its "
                "third cut this year, as inflation in the euro zone fell below its 2% target. President Christine "
                "Lagarde said the disinflation process was 'well on track'. The meeting took place in Ljubljana. "
                "Markets expect another cut in December.",
            ),
            (
                "Continental Post",
                "Lagarde's ECB delivers back-to-back rate cut",
                "Europe's central bank cut borrowing costs for the second meeting in a row, bringing the deposit "
                "rate to 3.25 percent. September inflation of 1.8 percent gave policymakers room to act, Christine "
                "Lagarde said in Slovenia, while warning that the economic outlook was 'tilted to the downside'.",
            ),
        ],
    ),
    "kamchatka-quake": (
        "2024-08-18",
        [
            (
                "Pacific Monitor",
                "Magnitude 7.0 earthquake strikes off Kamchatka",
                "A magnitude 7.0 earthquake struck off the east coast of Russia's Kamchatka peninsula on Sunday, "
                "shaking buildings in Petropavlovsk-Kamchatsky, but no serious damage was reported. A tsunami "
                "warning was issued and then lifted. The quake hit at a depth of about 50 km, the geophysical "
                "service said. The nearby Shiveluch volcano began erupting hours later.",
            ),
            (
                "Far East Today",
                "Strong quake rattles Petropavlovsk, tsunami alert lifted",
                "Residents of Petropavlovsk-Kamchatsky ran into the streets as a strong earthquake, measured at 7.0, "
                "hit the Pacific seabed 100 km away. Regional governor Vladimir Solodov said there were no "
                "casualties and that schools and hospitals were being checked. A tsunami warning for the coast "
                "was cancelled after an hour.",
            ),
        ],
    ),
    "malatya-quake": (
        "2024-10-16",
        [
            (
                "Anatolia Report",
                "Magnitude 5.9 quake shakes eastern Turkey's Malatya",
                "An earthquake of magnitude 5.9 struck Malatya province in eastern Turkey on Wednesday, the "
                "disaster agency AFAD said, causing panic in a region still recovering from the 2023 disaster. "
                "Interior Minister Ali Yerlikaya said there were no reports of collapsed buildings. The quake was "
                "felt in Elazig, Adiyaman and Diyarbakir.",
            ),
            (
                "Bosphorus Daily",
                "Malatya earthquake injures dozens as people flee buildings",
                "At least 35 people were hurt, most of them jumping from windows in panic, after a 5.9 magnitude "
                "earthquake hit Malatya's Kale district. Schools in the province were closed for two days, the "
                "governor's office said. AFAD registered more than 100 aftershocks by the evening.",
            ),
        ],
    ),
    "soyuz-launch": (
        "2024-09-11",
        [
            (
                "Orbit News",
                "Soyuz MS-26 carries three to the space station",
                "A Soyuz rocket lifted off from the Baikonur cosmodrome on Wednesday carrying Russian cosmonauts "
                "Alexei Ovchinin and Ivan Vagner and NASA astronaut Don Pettit to the International Space Station. "
                "The spacecraft docked about three hours later. The crew will spend more than six months in orbit, "
                "Roscosmos said.",
            ),
            (
                "Launch Pad Weekly",
                "Ovchinin, Vagner and Pettit dock with ISS after fast trip",
                "The Soyuz MS-26 spacecraft docked with the space station's Rassvet module after a two-orbit "
                "flight from Kazakhstan. For Don Pettit, 69, it is the fourth spaceflight. 'Everything went "
                "smoothly,' Roscosmos chief Yuri Borisov said after the launch.",
            ),
        ],
    ),
    "starship-flight5": (
        "2024-10-13",
        [
            (
                "Orbit News",
                "SpaceX catches Starship booster with launch tower arms",
                "SpaceX caught the Super Heavy booster of its Starship rocket with the arms of the launch tower on "
                "Sunday, a first in spaceflight, during the fifth test flight from Starbase in Texas. The upper "
                "stage later splashed down in the Indian Ocean as planned. Elon Musk called it 'a big step towards "
                "making life multiplanetary'.",
            ),
            (
                "Gulf Coast Tech",
                "Starship's fifth flight ends with tower catch and ocean splashdown",
                "Engineers cheered as the 71-metre booster descended onto the 'chopsticks' at Boca Chica about "
                "seven minutes after liftoff. The Federal Aviation Administration had approved the flight only two "
                "days earlier. The ship stage re-entered the atmosphere and landed in the Indian Ocean about an "
                "hour after launch.",
            ),
        ],
    ),
    "moldova-runoff": (
        "2024-11-03",
        [
            (
                "Balkan Insight Wire",
                "Maia Sandu wins second term in Moldova runoff",
                "Moldovan President Maia Sandu won re-election on Sunday with about 55% of the vote, defeating "
                "former prosecutor general Alexandr Stoianoglo, according to near-complete results. Sandu thanked "
                "voters abroad, whose record turnout decided the race. 'Moldova has won,' she told supporters in "
                "Chisinau. Stoianoglo was backed by the Party of Socialists.",
            ),
            (
                "Danube Post",
                "Diaspora votes carry Sandu to victory over Stoianoglo",
                "With 99% of ballots counted, Maia Sandu had 55.4 percent against 44.6 percent for Alexandr "
                "Stoianoglo, the central electoral commission said. Inside Moldova, Stoianoglo led narrowly, but "
                "more than 320,000 votes cast abroad went heavily to the incumbent. Officials reported attempts to "
                "transport voters in an organised way.",
            ),
        ],
    ),
    "georgia-election": (
        "2024-10-26",
        [
            (
                "Caucasus Times",
                "Georgian Dream claims win in disputed parliamentary vote",
                "Georgia's ruling Georgian Dream party won about 54% of the vote in Saturday's parliamentary "
                "election, the central election commission said, a result the pro-Western opposition refused to "
                "accept. President Salome Zourabichvili called the vote 'a total falsification'. Party founder "
                "Bidzina Ivanishvili declared victory in Tbilisi.",
            ),
            (
                "Black Sea Review",
                "Opposition rejects Georgia election result, calls protest",
                "Four opposition alliances said they would not take up their seats after official results gave "
                "Georgian Dream 53.9 percent. Observers from the OSCE reported vote buying and pressure on voters. "
                "Salome Zourabichvili urged citizens to rally on Rustaveli Avenue on Monday.",
            ),
        ],
    ),
    "novosibirsk-landing": (
        "2024-09-19",
        [
            (
                "Siberia Now",
                "Airliner makes emergency landing in Novosibirsk after hydraulics fault",
                "A passenger jet flying from Moscow to Novosibirsk with 178 people on board made an emergency "
                "landing at Tolmachevo airport on Thursday after a hydraulic system failed, the airline said. No "
                "one was hurt. The crew circled for an hour to burn fuel before landing. Transport prosecutors "
                "opened an inquiry.",
            ),
            (
                "Aviation Desk",
                "Tolmachevo: jet with 178 aboard lands safely after failure",
                "Fire engines lined the runway at Novosibirsk's Tolmachevo airport as an Airbus A321 with a "
                "hydraulic fault touched down safely. 'The pilots acted strictly according to procedure,' the "
                "regional aviation authority said. Passengers were taken to the terminal by bus.",
            ),
        ],
    ),
    "komi-derailment": (
        "2024-07-30",
        [
            (
                "Northern Line",
                "Passenger train derails in Komi, dozens injured",
                "Nine carriages of a passenger train travelling from Vorkuta to Novorossiysk derailed in Russia's "
                "Komi republic on Tuesday, injuring about 70 people, officials said. Russian Railways blamed a "
                "landslide caused by heavy rain near the village of Inta. 232 passengers were on board. Rescue "
                "helicopters flew the injured to Vorkuta.",
            ),
            (
                "Rail Gazette East",
                "Landslide blamed as Vorkuta-Novorossiysk train leaves the rails",
                "A washout of the track bed after days of rain sent carriages of the Vorkuta-Novorossiysk train "
                "down an embankment in the Komi republic. Health officials said 20 passengers were in hospital, "
                "two in serious condition. Investigators opened a criminal case over safety violations.",
            ),
        ],
    ),
}
