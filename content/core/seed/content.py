"""The site's first content, in Norwegian Bokmål and English.

Written from the Hope for Justice Norway deck (January 2019) and a fact check of
its figures: every figure carries its source. Each entry is (seed key, model
label, fields). A foreign key names the seed key of an entry earlier in the list.
Loading never overwrites an editor's change.
"""

# Sources several figures share.
GLOBAL_ESTIMATES_2022 = {
    "source_name_nb": "ILO, Walk Free og IOM: Global Estimates of Modern Slavery (september 2022)",
    "source_name_en": "ILO, Walk Free and IOM: Global Estimates of Modern Slavery (September 2022)",
    "editor_note": "No link yet: add the link to the report once you have checked the address.",
}
GLOBAL_ESTIMATES_2017 = {
    "source_name_nb": "Alliance 8.7 (ILO og Walk Free): Global Estimates of Modern Slavery (2017)",
    "source_name_en": "Alliance 8.7 (ILO and Walk Free): Global Estimates of Modern Slavery (2017)",
    "source_url": "https://www.alliance87.org/",
}
PROFITS_AND_POVERTY_2024 = {
    "source_name_nb": "ILO: Profits and Poverty: The economics of forced labour (mars 2024)",
    "source_name_en": "ILO: Profits and Poverty: The economics of forced labour (March 2024)",
}

SEED = [
    # ------------------------------------------------------------------ pages
    (
        "page-home",
        "core.Page",
        {
            "key": "home",
            "title_nb": "Menneskehandel skjer også i Norge",
            "title_en": "Human trafficking happens in Norway too",
            "lead_nb": (
                "Her kan du lære å kjenne igjen menneskehandel og finne ut hvor du kan få hjelp."
            ),
            "lead_en": "Learn to recognise human trafficking and find out where to get help.",
            "body_nb": (
                "Menneskehandel betyr at noen utnytter et annet menneske, for eksempel til "
                "arbeid, sex eller kriminalitet. Det skjer over hele verden, også i Norge."
                "\n\n"
                "Nettstedet er for alle som vil vite mer, for ansatte som kan møte personer "
                "utsatt for menneskehandel i jobben sin, og for deg som selv kan være utsatt."
                "\n\n"
                "Er noen i akutt fare, ring politiet på [[contact:emergency:phone]]."
            ),
            "body_en": (
                "Human trafficking means that someone exploits another person, for example for "
                "labour, sex or crime. It happens all over the world, in Norway too."
                "\n\n"
                "This site is for anyone who wants to know more, for staff who may meet people "
                "exposed to trafficking through their work, and for you if you may be exposed "
                "yourself."
                "\n\n"
                "If someone is in immediate danger, call the police on "
                "[[contact:emergency:phone]]."
            ),
            "sort_order": 0,
        },
    ),
    (
        "page-facts",
        "core.Page",
        {
            "key": "facts",
            "title_nb": "Fakta og tall",
            "title_en": "Facts and figures",
            "lead_nb": (
                "Hvor mange som rammes, hvem som tjener på det, og hvor få saker som ender "
                "med dom. Hvert tall vises med kilde og årstall."
            ),
            "lead_en": (
                "How many people are affected, who profits, and how few cases end in a "
                "conviction. Every figure is shown with its source and year."
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-facts-actors",
        "core.Section",
        {
            "page": "page-facts",
            "title_nb": "Aktørene",
            "title_en": "The actors",
            "body_nb": (
                "Menneskehandel har tre parter: bakmennene, personene som blir utnyttet, "
                "og kundene."
            ),
            "body_en": (
                "Human trafficking has three parties: the traffickers, the people who are "
                "exploited, and the customers."
            ),
            "items_nb": (
                "Bakmenn: de som utnytter andre og tjener penger på det. Se tallene for "
                "ulovlig fortjeneste på denne siden.\n"
                "Ofrene: menneskene som blir utnyttet. Se tallene for hele verden på denne "
                "siden.\n"
                "Kunder: etterspørselen kommer fra helt vanlige forbruksvaner. Menneskehandel "
                "er både et globalt og et lokalt problem."
            ),
            "items_en": (
                "Traffickers: those who exploit others and make money from it. See the "
                "figures for illegal profits on this page.\n"
                "Victims: the people who are exploited. See the figures for the whole world on "
                "this page.\n"
                "Customers: demand comes from ordinary consumer habits. Human trafficking is "
                "both a global and a local problem."
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-facts-low-risk",
        "core.Section",
        {
            "page": "page-facts",
            "title_nb": "Lav risiko for bakmennene",
            "title_en": "Low risk for traffickers",
            "body_nb": (
                "For bakmennene kan menneskehandel gi store penger, mens risikoen for å bli "
                "straffet er liten."
            ),
            "body_en": (
                "For traffickers, human trafficking can bring in a lot of money, while the "
                "risk of being punished is small."
            ),
            "items_nb": (
                "Store penger å tjene: ILO anslår at tvangsarbeid gir svært store ulovlige "
                "inntekter hvert år (rapporten «Profits and Poverty», 2024).\n"
                "Få domfellelser: nesten alle etterforskningene av menneskehandel som politiet "
                "avsluttet i 2017, ble henlagt, og i 2023 kom det ingen nye domfellelser. Se "
                "tallene fra Norge på denne siden."
            ),
            "items_en": (
                "A lot of money to be made: the ILO estimates that forced labour brings in "
                "very large illegal profits every year (the report “Profits and Poverty”, "
                "2024).\n"
                "Few convictions: almost all the human trafficking investigations the police "
                "completed in 2017 were dropped, and in 2023 there were no new convictions. "
                "See the figures for Norway on this page."
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-facts-short-sentences",
        "core.Section",
        {
            "page": "page-facts",
            "title_nb": "Kort soningstid (ikke publisert: mangler kilde)",
            "title_en": "Short sentences (not published: no source)",
            "body_nb": (
                "Til redaksjonen: presentasjonen fra 2019 sier at bakmenn soner kort tid, men "
                "oppgir ingen kilde. Publiser dette punktet bare med en kilde, og skriv da om "
                "tittelen."
            ),
            "body_en": (
                "For editors: the 2019 presentation says that traffickers serve short "
                "sentences, but gives no source. Publish this point only with a source, and "
                "rewrite the title then."
            ),
            "is_published": False,
            "sort_order": 30,
        },
    ),
    (
        "page-what-it-is",
        "core.Page",
        {
            "key": "what-it-is",
            "title_nb": "Hva er menneskehandel?",
            "title_en": "What is human trafficking?",
            "lead_nb": (
                "Menneskehandel betyr at noen utnytter et annet menneske. Den internasjonale "
                "definisjonen har tre deler: handlingen, midlene og formålet."
            ),
            "lead_en": (
                "Human trafficking means that someone exploits another person. The "
                "international definition has three parts: the act, the means and the purpose."
            ),
            "body_nb": "Definisjonen står i Palermoprotokollen, artikkel 3 a.",
            "body_en": "The definition is in the Palermo Protocol, article 3(a).",
            "sort_order": 20,
        },
    ),
    (
        "section-what-it-is-act",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Handlingen: hva blir gjort?",
            "title_en": "The act: what is done?",
            "body_nb": "Noen gjør noe av dette med en person:",
            "body_en": "Someone does one of these things to a person:",
            "items_nb": "Rekruttering\nTransport\nOverføring\nHusing\nMottak av personer",
            "items_en": "Recruitment\nTransport\nTransfer\nHarbouring\nReceipt of persons",
            "sort_order": 10,
        },
    ),
    (
        "section-what-it-is-means",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Midlene: hvordan blir det gjort?",
            "title_en": "The means: how is it done?",
            "items_nb": (
                "Trusler om vold, bruk av vold eller andre former for tvang\n"
                "Bortføring\n"
                "Bedrageri eller forledelse\n"
                "Misbruk av myndighet eller av sårbar stilling\n"
                "Å gi eller motta betaling eller fordeler for å få samtykke fra en person som "
                "har kontroll over en annen person"
            ),
            "items_en": (
                "Threat or use of force, or other forms of coercion\n"
                "Abduction\n"
                "Fraud or deception\n"
                "Abuse of power or of a position of vulnerability\n"
                "Giving or receiving payments or benefits to get the consent of a person who "
                "has control over another person"
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-what-it-is-control",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Slik holder bakmenn kontroll",
            "title_en": "How traffickers keep control",
            "body_nb": (
                "Den som utnytter andre, må holde på dem, styre dem og kontrollere dem. "
                "Kontrollen synes ikke alltid utenfra. Tegnene på menneskehandel og de norske "
                "sakene på dette nettstedet viser blant annet dette:"
            ),
            "body_en": (
                "Anyone who exploits others has to hold on to them, steer them and control "
                "them. The control is not always visible from outside. The signs of human "
                "trafficking and the Norwegian cases on this site show, among other things:"
            ),
            "items_nb": (
                "Trusler og vold, også trusler mot familien\n"
                "Gjeld: personen mener å skylde noen penger, for eksempel for reisen til "
                "Norge\n"
                "En annen har passet eller ID-kortet til personen\n"
                "Personen er avhengig av andre for mat, bolig eller reisen hjem\n"
                "Personen bor på arbeidsplassen, forstår ikke språket og styrer ikke sine egne "
                "penger\n"
                "Personen får ikke bevege seg fritt\n"
                "Frykt for politiet og andre myndigheter"
            ),
            "items_en": (
                "Threats and violence, including threats against the family\n"
                "Debt: the person believes they owe someone money, for example for the journey "
                "to Norway\n"
                "Someone else holds the person's passport or ID card\n"
                "The person depends on others for food, housing or the journey home\n"
                "The person lives at the workplace, does not understand the language and does "
                "not manage their own money\n"
                "The person is not free to move about\n"
                "Fear of the police and other authorities"
            ),
            "sort_order": 45,
        },
    ),
    (
        "section-what-it-is-control-law",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Hva domstolene har lagt vekt på",
            "title_en": "What the courts have looked at",
            "body_nb": (
                "Høyesterett har slått fast at tvangsarbeid ikke krever at personen prøvde å "
                "komme seg unna. Det avgjørende er om situasjonen var tvingende, og om det var "
                "en ubalanse mellom den tiltalte og den utsatte, for eksempel i alder eller i "
                "hvem som var avhengig av hvem (Rt-2013-39)."
                "\n\n"
                "At noen først sa ja til arbeidet av egen vilje, avgjør heller ikke saken "
                "(hagesentersaken, Høyesterett 2017)."
            ),
            "body_en": (
                "The Supreme Court has held that forced labour does not require that the "
                "person tried to get away. What decides it is whether the situation was "
                "coercive, and whether there was an imbalance between the accused and the "
                "person exploited, for example in age or in who depended on whom "
                "(Rt-2013-39)."
                "\n\n"
                "Nor does it decide the case that someone at first agreed to the work of their "
                "own free will (the garden-centre case, Supreme Court 2017)."
            ),
            "sort_order": 46,
        },
    ),
    (
        "section-what-it-is-purpose",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Formålet: hvorfor blir det gjort?",
            "title_en": "The purpose: why is it done?",
            "body_nb": "Formålet er å utnytte personen, for eksempel gjennom:",
            "body_en": "The purpose is to exploit the person, for example through:",
            "items_nb": (
                "Utnytting av andres prostitusjon eller andre former for seksuell utnytting\n"
                "Tvangsarbeid eller tvangstjenester\n"
                "Slaveri eller slaveriliknende praksis\n"
                "Trelldom\n"
                "Fjerning av organer"
            ),
            "items_en": (
                "Exploitation of the prostitution of others or other forms of sexual "
                "exploitation\n"
                "Forced labour or services\n"
                "Slavery or practices similar to slavery\n"
                "Servitude\n"
                "Removal of organs"
            ),
            "sort_order": 30,
        },
    ),
    (
        "section-what-it-is-children",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Når personen er et barn",
            "title_en": "When the person is a child",
            "body_nb": (
                "Er personen under 18 år, trengs ikke midlene. Det er nok at noen har gjort "
                "en av handlingene for å utnytte barnet."
            ),
            "body_en": (
                "If the person is under 18, the means are not needed. It is enough that "
                "someone has carried out one of the acts in order to exploit the child."
            ),
            "sort_order": 40,
        },
    ),
    (
        "section-what-it-is-law",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "I norsk lov",
            "title_en": "In Norwegian law",
            "body_nb": (
                "Menneskehandel er straffbart etter straffeloven § 257. Straffen er fengsel "
                "i inntil 6 år."
                "\n\n"
                "Grov menneskehandel straffes etter straffeloven § 258, med fengsel i inntil "
                "10 år. Det kan for eksempel regnes som grovt hvis den utsatte var under 18 "
                "år, hvis det ble brukt grov vold, eller hvis handlingen ga betydelig "
                "fortjeneste."
            ),
            "body_en": (
                "Human trafficking is a crime under section 257 of the Norwegian Penal Code "
                "(straffeloven § 257). The penalty is up to 6 years in prison."
                "\n\n"
                "Aggravated human trafficking falls under section 258 (straffeloven § 258), "
                "with up to 10 years in prison. It can count as aggravated, for example, if "
                "the victim was under 18, if gross violence was used, or if the crime brought "
                "significant profit."
            ),
            "sort_order": 50,
        },
    ),
    (
        "section-what-it-is-causes",
        "core.Section",
        {
            "page": "page-what-it-is",
            "title_nb": "Årsaker og risikofaktorer",
            "title_en": "Causes and risk factors",
            "body_nb": "Dette kan gjøre et menneske mer sårbart for å bli utnyttet:",
            "body_en": "These can make a person more vulnerable to exploitation:",
            "items_nb": (
                "Fattigdom\n"
                "Mangel på utdanning\n"
                "Begrensede muligheter\n"
                "Økonomisk ubalanse og krig\n"
                "Ustabile sosiale og politiske forhold\n"
                "Manglende integrering i et fremmed land"
            ),
            "items_en": (
                "Poverty\n"
                "Lack of education\n"
                "Limited opportunities\n"
                "Economic imbalance and war\n"
                "Unstable social and political conditions\n"
                "Lack of integration in a foreign country"
            ),
            "sort_order": 60,
        },
    ),
    (
        "page-myths",
        "core.Page",
        {
            "key": "myths",
            "title_nb": "Myter om menneskehandel",
            "title_en": "Myths about human trafficking",
            "lead_nb": (
                "Noen vanlige oppfatninger om menneskehandel stemmer ikke. Her er mytene, "
                "og hva som faktisk gjelder."
            ),
            "lead_en": (
                "Some common beliefs about human trafficking are wrong. Here are the myths, "
                "and the facts."
            ),
            "sort_order": 30,
        },
    ),
    (
        "page-signs",
        "core.Page",
        {
            "key": "signs",
            "title_nb": "Tegn på menneskehandel",
            "title_en": "Signs of human trafficking",
            "lead_nb": (
                "Tegnene her er generelle. Ett enkelt tegn beviser ingenting, men flere tegn "
                "sammen kan være en grunn til å se nærmere på saken eller be om råd."
            ),
            "lead_en": (
                "These signs are general. No single sign proves anything, but several signs "
                "together can be a reason to look more closely or to ask for advice."
            ),
            "sort_order": 40,
        },
    ),
    (
        "page-where",
        "core.Page",
        {
            "key": "where",
            "title_nb": "Hvor det skjer",
            "title_en": "Where it happens",
            "lead_nb": (
                "Menneskehandel har mange former og finnes i mange bransjer, også i Norge. "
                "Her er formene for utnytting og hvor de forekommer."
            ),
            "lead_en": (
                "Human trafficking takes many forms and is found in many sectors, in Norway "
                "too. Here are the forms of exploitation and where they are found."
            ),
            "sort_order": 50,
        },
    ),
    (
        "page-rights",
        "core.Page",
        {
            "key": "rights",
            "title_nb": "Rettigheter for personer utsatt for menneskehandel",
            "title_en": "Rights of people exposed to human trafficking",
            "lead_nb": (
                "En person som ikke er norsk statsborger og kan være utsatt for "
                "menneskehandel, kan få en refleksjonsperiode: tillatelse til å bo og arbeide "
                "i Norge i 6 måneder, med rett til hjelp. Her står også hvordan en sak går fra "
                "tips til dom."
            ),
            "lead_en": (
                "A person who is not a Norwegian citizen and may be exposed to human "
                "trafficking can be granted a reflection period: a permit to stay and work in "
                "Norway for 6 months, with a right to support. This page also explains how a "
                "case goes from a tip to a verdict."
            ),
            "body_nb": (
                "Hope for Justice gir råd og oppfølging. Du finner kontaktinformasjon på "
                "siden «Få hjelp»."
            ),
            "body_en": (
                "Hope for Justice offers advice and follow-up. You will find contact details "
                "on the “Get help” page."
            ),
            "sort_order": 60,
        },
    ),
    (
        "section-rights-entitlements",
        "core.Section",
        {
            "page": "page-rights",
            "title_nb": "Dette har du rett til i refleksjonsperioden",
            "title_en": "What you have a right to during the reflection period",
            "items_nb": (
                "Advokat\n"
                "Trygg bolig\n"
                "Penger til livsopphold\n"
                "Nødvendig helsehjelp\n"
                "Arbeid og arbeidsrettet aktivitet"
            ),
            "items_en": (
                "A lawyer\n"
                "Safe housing\n"
                "Money to live on\n"
                "Necessary health care\n"
                "Work and work-related activity"
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-rights-how",
        "core.Section",
        {
            "page": "page-rights",
            "title_nb": "Slik fungerer refleksjonsperioden",
            "title_en": "How the reflection period works",
            "items_nb": (
                "Refleksjonsperioden er for deg som ikke er norsk statsborger.\n"
                "Du kan få tillatelse til å oppholde deg og arbeide i Norge i 6 måneder "
                "(utlendingsforskriften § 8-3). Tillatelsen gis ikke automatisk.\n"
                "Terskelen er lav: Det må finnes tegn på at du kan være utsatt for "
                "menneskehandel, og du må være villig til å ta imot hjelp.\n"
                "Du søker gjennom politiet. Utlendingsdirektoratet (UDI) avgjør søknaden.\n"
                "Refleksjonsperioden kan ikke forlenges."
            ),
            "items_en": (
                "The reflection period is for people who are not Norwegian citizens.\n"
                "You can be granted a permit to stay and work in Norway for 6 months "
                "(Immigration Regulations section 8-3, utlendingsforskriften § 8-3). It is "
                "not granted automatically.\n"
                "The threshold is low: there must be indications that you may be a victim of "
                "human trafficking, and you must be willing to accept help.\n"
                "You apply through the police. The Norwegian Directorate of Immigration (UDI) "
                "decides.\n"
                "The reflection period cannot be renewed."
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-rights-legal-process",
        "core.Section",
        {
            "page": "page-rights",
            "title_nb": "Fra tips til dom",
            "title_en": "From a tip to a verdict",
            "body_nb": "Slik kan en sak om menneskehandel gå:",
            "body_en": "This is how a human trafficking case can go:",
            "items_nb": (
                "Tips eller anmeldelse: Du kan tipse politiet på nett "
                "([[contact:police-tip:web]]), også anonymt. Du får et referansenummer, men "
                "et tips er ikke en anmeldelse. Vil du anmelde, ring politiet på "
                "[[contact:police:phone]].\n"
                "Etterforskning: Politiet undersøker saken. Mange etterforskninger blir "
                "henlagt; se tallene fra Norge under «Fakta og tall».\n"
                "Dom: Blir noen dømt, er straffen for menneskehandel fengsel i inntil 6 år "
                "(straffeloven § 257), og for grov menneskehandel inntil 10 år (§ 258). Se de "
                "norske sakene under «Hvor det skjer».\n"
                "Underveis: Er du ikke norsk statsborger, kan du få en refleksjonsperiode med "
                "rett til advokat, trygg bolig og hjelp (se over). Hope for Justice og "
                "ROSA-prosjektet gir råd, og ROSA gir også juridisk rådgivning."
            ),
            "items_en": (
                "A tip or a report: you can tip off the police online "
                "([[contact:police-tip:web]]), anonymously if you like. You get a reference "
                "number, but a tip is not a police report. To report a crime, call the police "
                "on [[contact:police:phone]].\n"
                "Investigation: the police look into the case. Many investigations are "
                "dropped; see the figures for Norway under “Facts and figures”.\n"
                "Verdict: if someone is convicted, the penalty for human trafficking is up to 6 "
                "years in prison (Penal Code section 257), and for aggravated human "
                "trafficking up to 10 years (section 258). See the Norwegian cases under "
                "“Where it happens”.\n"
                "Along the way: if you are not a Norwegian citizen, you can be granted a "
                "reflection period with a right to a lawyer, safe housing and support (see "
                "above). Hope for Justice and the ROSA project give advice, and ROSA also "
                "gives legal advice."
            ),
            "sort_order": 30,
        },
    ),
    (
        "page-why-no-help",
        "core.Page",
        {
            "key": "why-no-help",
            "title_nb": "Hvorfor ofre ikke søker hjelp",
            "title_en": "Why victims don't seek help",
            "lead_nb": (
                "Det kan være mange grunner til at en person som er utsatt for "
                "menneskehandel, ikke søker hjelp."
            ),
            "lead_en": (
                "There can be many reasons why a person exposed to human trafficking does "
                "not seek help."
            ),
            "sort_order": 70,
        },
    ),
    (
        "section-why-no-help-reasons",
        "core.Section",
        {
            "page": "page-why-no-help",
            "title_nb": "Mulige grunner",
            "title_en": "Possible reasons",
            "items_nb": (
                "Frykt for bakmennene og for represalier mot seg selv eller familien\n"
                "Frykt for politiet og andre myndigheter\n"
                "Gjeld, eller en opplevelse av å skylde noen noe\n"
                "Har ikke egne identitetspapirer\n"
                "Fysiske eller psykiske traumer\n"
                "Begrenset bevegelsesfrihet\n"
                "Ser ikke på seg selv som offer"
            ),
            "items_en": (
                "Fear of the traffickers and of reprisals against themselves or their family\n"
                "Fear of the police and other authorities\n"
                "Debt, or a belief that they owe someone\n"
                "Not holding their own identity papers\n"
                "Physical or psychological trauma\n"
                "Restricted freedom of movement\n"
                "Not seeing themselves as victims"
            ),
            "sort_order": 10,
        },
    ),
    (
        "page-help",
        "core.Page",
        {
            "key": "help",
            "title_nb": "Få hjelp",
            "title_en": "Get help",
            "lead_nb": (
                "Er noen i akutt fare, ring politiet på [[contact:emergency:phone]]. Her "
                "finner du også hvor du kan tipse politiet, hvem du kan ringe hele døgnet, og "
                "hvor du kan få råd."
            ),
            "lead_en": (
                "If someone is in immediate danger, call the police on "
                "[[contact:emergency:phone]]. Here you can also find where to tip off the "
                "police, whom you can call day and night, and where to get advice."
            ),
            "sort_order": 80,
        },
    ),
    (
        "page-courses",
        "core.Page",
        {
            "key": "courses",
            "title_nb": "Kurs for førstelinjetjenesten",
            "title_en": "Courses for first-line services",
            "lead_nb": (
                "Hope for Justice holder yrkesspesifikke kurs for ansatte som kan møte "
                "personer utsatt for menneskehandel i jobben sin."
            ),
            "lead_en": (
                "Hope for Justice runs profession-specific courses for staff who may meet "
                "people exposed to human trafficking through their work."
            ),
            "body_nb": (
                "Vil du be om et kurs? Send oss en kursforespørsel med skjemaet, eller kontakt "
                "Hope for Justice på telefon [[contact:hope-for-justice:phone]] eller e-post "
                "[[contact:hope-for-justice:email]]."
            ),
            "body_en": (
                "Would you like to ask for a course? Send us a course inquiry with the form, "
                "or contact Hope for Justice on [[contact:hope-for-justice:phone]] or at "
                "[[contact:hope-for-justice:email]]."
            ),
            "sort_order": 90,
        },
    ),
    (
        "section-courses-content",
        "core.Section",
        {
            "page": "page-courses",
            "title_nb": "Innhold",
            "title_en": "Content",
            "body_nb": (
                "Kursene er tilpasset hvert yrke. De tar utgangspunkt i det juridiske "
                "rammeverket og i aktuelle problemstillinger."
            ),
            "body_en": (
                "The courses are tailored to each profession, based on the legal framework "
                "and current issues."
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-courses-audience",
        "core.Section",
        {
            "page": "page-courses",
            "title_nb": "Hvem kursene er for",
            "title_en": "Who the courses are for",
            "body_nb": (
                "Ansatte i førstelinjetjenesten som gjennom jobben sin sannsynligvis vil møte "
                "mulige ofre for menneskehandel."
                "\n\n"
                "Førstelinjetjenesten er de som møter folk først, for eksempel i "
                "helsetjenesten, politiet, barnevernet, NAV og skolen."
            ),
            "body_en": (
                "Staff in first-line services who, through their work, are likely to meet "
                "possible victims of human trafficking."
                "\n\n"
                "First-line services are those who meet people first, for example in health "
                "care, the police, child welfare, NAV and schools."
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-courses-length",
        "core.Section",
        {
            "page": "page-courses",
            "title_nb": "Varighet",
            "title_en": "Length",
            "body_nb": "Et kurs varer ca. 2–4 timer.",
            "body_en": "A course lasts about 2–4 hours.",
            "sort_order": 30,
        },
    ),
    (
        "page-about",
        "core.Page",
        {
            "key": "about",
            "title_nb": "Om oss",
            "title_en": "About us",
            "lead_nb": (
                "Hope for Justice arbeider for å gjøre slutt på moderne slaveri: vi redder "
                "ofre, hjelper dem å bygge opp livet igjen og arbeider for å endre samfunnet."
            ),
            "lead_en": (
                "Hope for Justice works to end modern slavery by rescuing victims, restoring "
                "lives and reforming society."
            ),
            "body_nb": (
                "I Norge gir Hope for Justice råd og oppfølging både til førstelinjetjenesten "
                "og direkte til personer som kan være utsatt for menneskehandel."
                "\n\n"
                "Vi holder også kurs for ansatte i førstelinjetjenesten."
            ),
            "body_en": (
                "In Norway, Hope for Justice offers advice and follow-up both to first-line "
                "services and directly to people who may be exposed to human trafficking."
                "\n\n"
                "We also run courses for staff in first-line services."
            ),
            "sort_order": 100,
        },
    ),
    (
        "section-about-contact",
        "core.Section",
        {
            "page": "page-about",
            "title_nb": "Kontakt oss",
            "title_en": "Contact us",
            "items_nb": (
                "Telefon: [[contact:hope-for-justice:phone]]\n"
                "E-post: [[contact:hope-for-justice:email]]"
            ),
            "items_en": (
                "Phone: [[contact:hope-for-justice:phone]]\n"
                "E-mail: [[contact:hope-for-justice:email]]"
            ),
            "sort_order": 10,
        },
    ),
    (
        "page-browse-safely",
        "core.Page",
        {
            "key": "browse-safely",
            "title_nb": "Trygg nettbruk",
            "title_en": "Browse safely",
            "lead_nb": (
                "Kan noen følge med på telefonen eller datamaskinen din? Disse rådene kan "
                "gjøre det tryggere å bruke nettstedet."
            ),
            "lead_en": (
                "Could someone be checking your phone or computer? These tips can make it "
                "safer to use this site."
            ),
            "sort_order": 110,
        },
    ),
    (
        "section-browse-safely-exit",
        "core.Section",
        {
            "page": "page-browse-safely",
            "title_nb": "Rask utgang",
            "title_en": "Quick exit",
            "body_nb": (
                "Alle sider har en knapp for rask utgang. Trykker du på den, forlater du "
                "nettstedet med en gang og kommer til en nøytral nettside. På et tastatur kan "
                "du også trykke tre ganger på Shift-tasten."
                "\n\n"
                "Rask utgang sletter ikke historikken i nettleseren."
            ),
            "body_en": (
                "Every page has a quick exit button. It takes you away from this site at once, "
                "to a neutral website. On a keyboard you can also press the Shift key three "
                "times."
                "\n\n"
                "Quick exit does not delete your browsing history."
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-browse-safely-private",
        "core.Section",
        {
            "page": "page-browse-safely",
            "title_nb": "Privat nettlesing",
            "title_en": "Private browsing",
            "body_nb": (
                "De fleste nettlesere har et privat vindu, også kalt inkognito. Sidene du "
                "besøker der, blir ikke lagret i historikken når du lukker vinduet."
                "\n\n"
                "Privat nettlesing skjuler ikke det du gjør for den som styrer nettverket, "
                "eller for overvåkingsprogrammer på enheten."
            ),
            "body_en": (
                "Most browsers have a private window, also called incognito. Pages you visit "
                "there are not kept in the history once you close the window."
                "\n\n"
                "Private browsing does not hide what you do from whoever runs the network, or "
                "from monitoring software on the device."
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-browse-safely-history",
        "core.Section",
        {
            "page": "page-browse-safely",
            "title_nb": "Slett historikken",
            "title_en": "Clear your browsing history",
            "body_nb": (
                "Du kan slette historikken i nettleserens innstillinger. I mange nettlesere "
                "kan du også slette enkeltsider."
                "\n\n"
                "Tenk på at en helt tom historikk kan vekke mistanke hos noen som pleier å "
                "sjekke den."
            ),
            "body_en": (
                "You can clear your history in the browser's settings. Many browsers also let "
                "you delete single pages."
                "\n\n"
                "Bear in mind that a completely empty history may make someone who usually "
                "checks it suspicious."
            ),
            "sort_order": 30,
        },
    ),
    (
        "section-browse-safely-devices",
        "core.Section",
        {
            "page": "page-browse-safely",
            "title_nb": "Delte eller overvåkede enheter",
            "title_en": "Shared or monitored devices",
            "body_nb": (
                "Kan noen andre sjekke telefonen eller datamaskinen din, bør du bruke en enhet "
                "de ikke har tilgang til. Det kan for eksempel være en datamaskin på et "
                "bibliotek eller telefonen til en du stoler på."
            ),
            "body_en": (
                "If someone else can check your phone or computer, use a device they cannot "
                "get into. That could be a computer at a library or the phone of someone you "
                "trust."
            ),
            "sort_order": 40,
        },
    ),
    (
        "section-browse-safely-calls",
        "core.Section",
        {
            "page": "page-browse-safely",
            "title_nb": "Telefonsamtaler",
            "title_en": "Phone calls",
            "body_nb": (
                "Samtaler til hjelpetelefoner kan vises i anropsloggen på telefonen. Du kan "
                "slette samtalen fra loggen etterpå, eller ringe fra en annen telefon."
                "\n\n"
                "Er noen i akutt fare, ring [[contact:emergency:phone]] uansett."
            ),
            "body_en": (
                "Calls to helplines may show in the phone's call log. You can delete the call "
                "from the log afterwards, or call from another phone."
                "\n\n"
                "If someone is in immediate danger, call [[contact:emergency:phone]] anyway."
            ),
            "sort_order": 50,
        },
    ),
    (
        "page-privacy",
        "core.Page",
        {
            "key": "privacy",
            "title_nb": "Personvern",
            "title_en": "Privacy",
            "lead_nb": "Her står nøyaktig hva dette nettstedet lagrer, og hva det ikke lagrer.",
            "lead_en": "This page says exactly what this site keeps, and what it does not.",
            "sort_order": 120,
        },
    ),
    (
        "section-privacy-cookies",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Informasjonskapsler",
            "title_en": "Cookies",
            "body_nb": (
                "Sider du bare leser, setter ingen informasjonskapsler (cookies)."
                "\n\n"
                "Skjemaet for kursforespørsler setter én informasjonskapsel: en "
                "sikkerhetskapsel (csrftoken) som beskytter skjemaet mot forfalskede "
                "innsendinger. Den inneholder ingenting om deg."
                "\n\n"
                "Ansatte som logger inn for å redigere nettstedet, får en "
                "informasjonskapsel for innloggingen."
            ),
            "body_en": (
                "Pages you only read set no cookies."
                "\n\n"
                "The course inquiry form sets one cookie: a security cookie (csrftoken) that "
                "protects the form against forged submissions. It holds nothing about you."
                "\n\n"
                "Staff who log in to edit the site get a login cookie."
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-privacy-tracking",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Ingen sporing",
            "title_en": "No tracking",
            "body_nb": (
                "Nettstedet bruker ingen analyseverktøy og ingen sporing. Ingenting lastes fra "
                "andre selskapers servere."
            ),
            "body_en": (
                "The site uses no analytics and no tracking. Nothing is loaded from other "
                "companies' servers."
            ),
            "sort_order": 20,
        },
    ),
    (
        "section-privacy-checklist",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Sjekklisten over tegn",
            "title_en": "The signs checklist",
            "body_nb": (
                "Når du bruker sjekklisten over tegn på menneskehandel, sendes svarene dine "
                "bare for å lage siden med veiledning. Ingenting av det du krysser av, blir "
                "lagret."
            ),
            "body_en": (
                "When you use the checklist of signs of human trafficking, your answers are "
                "sent only to produce the guidance page. Nothing you tick is stored."
            ),
            "sort_order": 30,
        },
    ),
    (
        "section-privacy-course-inquiries",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Kursforespørsler",
            "title_en": "Course inquiries",
            "body_nb": (
                "Når du sender en kursforespørsel, lagrer vi det du fyller ut i skjemaet. Vi "
                "bruker det bare til å svare på forespørselen og planlegge kurset. Bare "
                "ansatte i Hope for Justice Norway ser det, og forespørselen slettes 12 "
                "måneder etter at den ble sendt."
                "\n\n"
                "Dette lagres:"
            ),
            "body_en": (
                "When you send a course inquiry, we store what you fill in on the form. We use "
                "it only to answer the inquiry and plan the course. Only Hope for Justice "
                "Norway's staff see it, and the inquiry is deleted 12 months after it was sent."
                "\n\n"
                "This is stored:"
            ),
            "items_nb": (
                "Navnet ditt\n"
                "Virksomheten eller arbeidsstedet ditt\n"
                "E-postadressen din\n"
                "Telefonnummeret ditt, hvis du oppgir det\n"
                "Hva slags tjeneste du jobber i\n"
                "Hvor mange som vil delta, når det passer og meldingen din, hvis du fyller "
                "ut dette\n"
                "Tidspunktet forespørselen ble sendt, og språket den ble sendt på"
            ),
            "items_en": (
                "Your name\n"
                "Your organisation or workplace\n"
                "Your e-mail address\n"
                "Your phone number, if you give it\n"
                "What kind of service you work in\n"
                "How many would take part, when it would suit you and your message, if you "
                "fill these in\n"
                "When the inquiry was sent, and the language it was sent in"
            ),
            "sort_order": 35,
        },
    ),
    (
        "section-privacy-log",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Serverens logg",
            "title_en": "The server's log",
            "body_nb": (
                "Serveren fører en tilgangslogg. For hver forespørsel lagres bare dette. "
                "IP-adressen din lagres ikke."
            ),
            "body_en": (
                "The server keeps an access log. For each request it records only the "
                "following. Your IP address is not recorded."
            ),
            "items_nb": (
                "Adressen til siden, uten søkeord og uten det som står etter spørsmålstegnet\n"
                "Tidspunktet\n"
                "Typen forespørsel (for eksempel å hente en side)\n"
                "Svaret fra serveren: en statuskode, hvor stort svaret var og hvor lang tid det tok"
            ),
            "items_en": (
                "The address of the page, without search terms or anything after the "
                "question mark\n"
                "The time\n"
                "The kind of request (for example, fetching a page)\n"
                "The server's response: a status code, its size and how long it took"
            ),
            "sort_order": 40,
        },
    ),
    (
        "section-privacy-links",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Lenker til andre nettsteder",
            "title_en": "Links to other sites",
            "body_nb": (
                "Når du følger en lenke til et annet nettsted, sendes det ingen informasjon om "
                "hvilken side du kom fra."
            ),
            "body_en": (
                "When you follow a link to another site, no information is sent about which "
                "page you came from."
            ),
            "sort_order": 50,
        },
    ),
    (
        "section-privacy-controller",
        "core.Section",
        {
            "page": "page-privacy",
            "title_nb": "Behandlingsansvarlig",
            "title_en": "Data controller",
            "body_nb": (
                "Behandlingsansvarlig er Hope for Justice Norway. Spørsmål om personvern kan "
                "du sende til [[contact:hope-for-justice:email]]."
            ),
            "body_en": (
                "The data controller is Hope for Justice Norway. Send questions about privacy "
                "to [[contact:hope-for-justice:email]]."
            ),
            "sort_order": 60,
        },
    ),
    (
        "page-accessibility",
        "core.Page",
        {
            "key": "accessibility",
            "title_nb": "Tilgjengelighetserklæring",
            "title_en": "Accessibility statement",
            "lead_nb": "Vi vil at alle skal kunne bruke dette nettstedet.",
            "lead_en": "We want everyone to be able to use this site.",
            "sort_order": 130,
        },
    ),
    (
        "section-accessibility-aim",
        "core.Section",
        {
            "page": "page-accessibility",
            "title_nb": "Mål",
            "title_en": "Our aim",
            "body_nb": (
                "Nettstedet har som mål å oppfylle WCAG 2.1 på nivå AA. Det er laget for å fungere:"
            ),
            "body_en": "The site aims to meet WCAG 2.1 at level AA. It is built to work:",
            "items_nb": (
                "uten JavaScript\n"
                "med bare tastatur\n"
                "med skjermleser\n"
                "med forstørret tekst (tekstzoom)"
            ),
            "items_en": (
                "without JavaScript\n"
                "with a keyboard only\n"
                "with a screen reader\n"
                "with enlarged text (text zoom)"
            ),
            "sort_order": 10,
        },
    ),
    (
        "section-accessibility-report",
        "core.Section",
        {
            "page": "page-accessibility",
            "title_nb": "Meld fra om problemer",
            "title_en": "Report a problem",
            "body_nb": (
                "Har du problemer med å bruke nettstedet, eller finner du noe som ikke er "
                "tilgjengelig? Send en e-post til [[contact:hope-for-justice:email]]."
            ),
            "body_en": (
                "Do you have trouble using the site, or have you found something that is not "
                "accessible? Send an e-mail to [[contact:hope-for-justice:email]]."
            ),
            "sort_order": 20,
        },
    ),
    # ----------------------------------------------------------------- series
    # Statistics that are drawn together as a chart on the facts page.
    (
        "series-global-estimates",
        "facts.Series",
        {
            "title_nb": "Tvangsarbeid og tvangsekteskap i verden, 2016 og 2021",
            "title_en": "Forced labour and forced marriage worldwide, 2016 and 2021",
            "description_nb": (
                "De globale anslagene over moderne slaveri: hvor mange mennesker som var i "
                "tvangsarbeid og i tvangsekteskap, med data for 2016 og for 2021."
            ),
            "description_en": (
                "The global estimates of modern slavery: how many people were in forced labour "
                "and in forced marriage, with data for 2016 and for 2021."
            ),
            "sort_order": 10,
        },
    ),
    (
        "series-norway-investigations-2017",
        "facts.Series",
        {
            "title_nb": "Etterforskninger av menneskehandel som politiet avsluttet i 2017",
            "title_en": "Human trafficking investigations the police completed in 2017",
            "description_nb": (
                "Hvor mange etterforskninger av menneskehandel politiet i Norge avsluttet i "
                "2017, og hvordan de endte."
            ),
            "description_en": (
                "How many human trafficking investigations the police in Norway completed in "
                "2017, and how they ended."
            ),
            "sort_order": 20,
        },
    ),
    (
        "series-norway-reports-2023",
        "facts.Series",
        {
            "title_nb": "Anmeldelser av menneskehandel til politiet i 2023",
            "title_en": "Reports of human trafficking to the police in 2023",
            "description_nb": (
                "Hvor mange anmeldelser av menneskehandel politiet i Norge fikk i 2023, og hvor "
                "mange av dem som gjaldt tvangsarbeid."
            ),
            "description_en": (
                "How many reports of human trafficking the police in Norway received in 2023, "
                "and how many of them concerned forced labour."
            ),
            "sort_order": 30,
        },
    ),
    # ------------------------------------------------------------- statistics
    # Current figures first: older ones point to them with superseded_by. Every
    # published figure has a key (texts refer to it as [[figure:<key>]]), says
    # where it counts, the year its data covers, its source and, where one is
    # known, a link.
    (
        "stat-world-modern-slavery-2021",
        "facts.Statistic",
        {
            "key": "world-modern-slavery-2021",
            "value": "49.6",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i moderne slaveri i verden",
            "label_en": "people in modern slavery worldwide",
            "note_nb": "27,6 millioner i tvangsarbeid og 22 millioner i tvangsekteskap.",
            "note_en": "27.6 million in forced labour and 22 million in forced marriage.",
            "scope": "world",
            "data_year": 2021,
            "published_year": 2022,
            **GLOBAL_ESTIMATES_2022,
            "is_headline": True,
            "sort_order": 10,
        },
    ),
    (
        "stat-world-forced-labour-2021",
        "facts.Statistic",
        {
            "key": "world-forced-labour-2021",
            "value": "27.6",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i tvangsarbeid i verden",
            "label_en": "people in forced labour worldwide",
            "scope": "world",
            "data_year": 2021,
            "published_year": 2022,
            **GLOBAL_ESTIMATES_2022,
            "is_headline": True,
            "series": "series-global-estimates",
            "series_order": 20,
            "sort_order": 20,
        },
    ),
    (
        "stat-world-forced-marriage-2021",
        "facts.Statistic",
        {
            "key": "world-forced-marriage-2021",
            "value": "22",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i tvangsekteskap i verden",
            "label_en": "people in forced marriage worldwide",
            "scope": "world",
            "data_year": 2021,
            "published_year": 2022,
            **GLOBAL_ESTIMATES_2022,
            "series": "series-global-estimates",
            "series_order": 40,
            "sort_order": 30,
        },
    ),
    (
        "stat-world-forced-labour-profits-2024",
        "facts.Statistic",
        {
            "key": "world-forced-labour-profits-2024",
            "value": "236",
            "magnitude": 1000000000,
            "unit": "usd",
            "label_nb": (
                "i ulovlig fortjeneste fra tvangsarbeid i privat sektor i verden hvert år"
            ),
            "label_en": (
                "in illegal profits from forced labour in the private economy worldwide each year"
            ),
            "scope": "world",
            "data_year": None,
            "published_year": 2024,
            **PROFITS_AND_POVERTY_2024,
            "editor_note": (
                "Not published: the year the data covers is not in our sources yet. Find it "
                "in the report (its estimates may refer to 2021, the year of the Global "
                "Estimates it builds on: check), fill in “year the data covers” and the link, "
                "then publish it and, if you like, put it on the home page again."
            ),
            "is_headline": False,
            "is_published": False,
            "sort_order": 40,
        },
    ),
    (
        "stat-world-profit-per-victim-2024",
        "facts.Statistic",
        {
            "key": "world-profit-per-victim-2024",
            "value": "10000",
            "magnitude": 1,
            "unit": "usd",
            "label_nb": "i ulovlig fortjeneste per person i tvangsarbeid i verden (omtrent)",
            "label_en": "in illegal profit per person in forced labour worldwide (approximately)",
            "scope": "world",
            "data_year": None,
            "published_year": 2024,
            **PROFITS_AND_POVERTY_2024,
            "editor_note": (
                "Not published: the year the data covers is not in our sources yet. Find it "
                "in the report, fill in “year the data covers” and the link, then publish."
            ),
            "is_published": False,
            "sort_order": 50,
        },
    ),
    (
        "stat-norway-reports-2023",
        "facts.Statistic",
        {
            "key": "norway-reports-2023",
            "value": "27",
            "magnitude": 1,
            "unit": "count",
            "label_nb": "anmeldelser av menneskehandel til politiet i Norge",
            "label_en": "reports of human trafficking to the police in Norway",
            "note_nb": (
                "[[figure:norway-reports-forced-labour-2023]] av anmeldelsene gjaldt tvangsarbeid. "
                "Det kom ingen nye domfellelser det året."
            ),
            "note_en": (
                "[[figure:norway-reports-forced-labour-2023]] of the reports concerned "
                "forced labour. There were no new convictions that year."
            ),
            "scope": "norway",
            "data_year": 2023,
            "published_year": 2024,
            "source_name_nb": "Koordineringsenheten for ofre for menneskehandel (KOM), juni 2024",
            "source_name_en": "Coordination Unit for Victims of Trafficking (KOM), June 2024",
            "editor_note": (
                "No link yet: add the link to KOM's report once you have checked the address."
            ),
            "is_headline": True,
            "series": "series-norway-reports-2023",
            "series_order": 10,
            "sort_order": 60,
        },
    ),
    (
        "stat-norway-investigations-2017",
        "facts.Statistic",
        {
            "key": "norway-investigations-2017",
            "value": "44",
            "magnitude": 1,
            "unit": "count",
            "label_nb": "etterforskninger av menneskehandel som politiet i Norge avsluttet",
            "label_en": "human trafficking investigations completed by the police in Norway",
            "note_nb": (
                "[[figure:norway-investigations-dropped-2017]] ble henlagt, og "
                "[[figure:norway-investigations-trial-2017]] endte i rettssak. "
                "Presentasjonen fra 2019 kalte dette "
                "«44 saker anmeldt, 43 henlagt»."
            ),
            "note_en": (
                "[[figure:norway-investigations-dropped-2017]] were dropped and "
                "[[figure:norway-investigations-trial-2017]] went to trial. "
                "The 2019 presentation called this "
                "“44 cases reported, 43 dropped”."
            ),
            "scope": "norway",
            "data_year": 2017,
            "published_year": 2018,
            "source_name_nb": "NRK, 2018 (politiets tall for 2017)",
            "source_name_en": "NRK, 2018 (police figures for 2017)",
            "editor_note": (
                "The NRK article is not identified yet: find it, add its title to the source "
                "and its link."
            ),
            "series": "series-norway-investigations-2017",
            "series_order": 10,
            "sort_order": 70,
        },
    ),
    (
        "stat-norway-investigations-dropped-2017",
        "facts.Statistic",
        {
            "key": "norway-investigations-dropped-2017",
            "value": "43",
            "magnitude": 1,
            "unit": "count",
            "label_nb": "etterforskninger av menneskehandel som politiet i Norge henla",
            "label_en": "human trafficking investigations the police in Norway dropped",
            "scope": "norway",
            "data_year": 2017,
            "published_year": 2018,
            "source_name_nb": "NRK, 2018 (politiets tall for 2017)",
            "source_name_en": "NRK, 2018 (police figures for 2017)",
            "editor_note": (
                "The NRK article is not identified yet: find it, add its title to the source "
                "and its link."
            ),
            "series": "series-norway-investigations-2017",
            "series_order": 20,
            "sort_order": 71,
        },
    ),
    (
        "stat-norway-investigations-trial-2017",
        "facts.Statistic",
        {
            "key": "norway-investigations-trial-2017",
            "value": "1",
            "magnitude": 1,
            "unit": "count",
            "label_nb": "etterforskning av menneskehandel i Norge som endte i rettssak",
            "label_en": "human trafficking investigation in Norway that went to trial",
            "scope": "norway",
            "data_year": 2017,
            "published_year": 2018,
            "source_name_nb": "NRK, 2018 (politiets tall for 2017)",
            "source_name_en": "NRK, 2018 (police figures for 2017)",
            "editor_note": (
                "The NRK article is not identified yet: find it, add its title to the source "
                "and its link."
            ),
            "series": "series-norway-investigations-2017",
            "series_order": 30,
            "sort_order": 72,
        },
    ),
    (
        "stat-norway-reports-forced-labour-2023",
        "facts.Statistic",
        {
            "key": "norway-reports-forced-labour-2023",
            "value": "8",
            "magnitude": 1,
            "unit": "count",
            "label_nb": "anmeldelser av menneskehandel i Norge som gjaldt tvangsarbeid",
            "label_en": "reports of human trafficking in Norway that concerned forced labour",
            "scope": "norway",
            "data_year": 2023,
            "published_year": 2024,
            "source_name_nb": "Koordineringsenheten for ofre for menneskehandel (KOM), juni 2024",
            "source_name_en": "Coordination Unit for Victims of Trafficking (KOM), June 2024",
            "editor_note": (
                "No link yet: add the link to KOM's report once you have checked the address."
            ),
            "series": "series-norway-reports-2023",
            "series_order": 20,
            "sort_order": 61,
        },
    ),
    (
        "stat-world-modern-slavery-2016",
        "facts.Statistic",
        {
            "key": "world-modern-slavery-2016",
            "value": "40.3",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i moderne slaveri i verden",
            "label_en": "people in modern slavery worldwide",
            "note_nb": "24,9 millioner i tvangsarbeid og 15,4 millioner i tvangsekteskap.",
            "note_en": "24.9 million in forced labour and 15.4 million in forced marriage.",
            "scope": "world",
            "data_year": 2016,
            "published_year": 2017,
            **GLOBAL_ESTIMATES_2017,
            "superseded_by": "stat-world-modern-slavery-2021",
            "sort_order": 110,
        },
    ),
    (
        "stat-world-forced-labour-2016",
        "facts.Statistic",
        {
            "key": "world-forced-labour-2016",
            "value": "24.9",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i tvangsarbeid i verden",
            "label_en": "people in forced labour worldwide",
            "note_nb": (
                "Presentasjonen fra 2019 oppga 24,9 millioner som det samlede tallet på "
                "«slaver» i verden. Tallet gjelder bare tvangsarbeid. Samlet var 40,3 millioner "
                "mennesker i moderne slaveri."
            ),
            "note_en": (
                "The 2019 presentation gave 24.9 million as the total number of “slaves” in "
                "the world. The figure counts forced labour only. In total, 40.3 million "
                "people were in modern slavery."
            ),
            "scope": "world",
            "data_year": 2016,
            "published_year": 2017,
            **GLOBAL_ESTIMATES_2017,
            "superseded_by": "stat-world-forced-labour-2021",
            "series": "series-global-estimates",
            "series_order": 10,
            "sort_order": 120,
        },
    ),
    (
        "stat-world-forced-marriage-2016",
        "facts.Statistic",
        {
            "key": "world-forced-marriage-2016",
            "value": "15.4",
            "magnitude": 1000000,
            "unit": "count",
            "label_nb": "mennesker i tvangsekteskap i verden",
            "label_en": "people in forced marriage worldwide",
            "scope": "world",
            "data_year": 2016,
            "published_year": 2017,
            **GLOBAL_ESTIMATES_2017,
            "superseded_by": "stat-world-forced-marriage-2021",
            "series": "series-global-estimates",
            "series_order": 30,
            "sort_order": 130,
        },
    ),
    (
        "stat-world-forced-labour-profits-2014",
        "facts.Statistic",
        {
            "key": "world-forced-labour-profits-2014",
            "value": "150",
            "magnitude": 1000000000,
            "unit": "usd",
            "label_nb": "i ulovlig fortjeneste fra tvangsarbeid i verden hvert år",
            "label_en": "in illegal profits from forced labour worldwide each year",
            "note_nb": (
                "Presentasjonen fra 2019 oppga «1,5 billioner kroner» i året. Det er mest "
                "sannsynlig dette anslaget."
            ),
            "note_en": (
                "The 2019 presentation gave “NOK 1.5 trillion” a year. That is most likely "
                "this estimate."
            ),
            "scope": "world",
            "data_year": None,
            "published_year": 2014,
            "source_name_nb": "ILO: Profits and Poverty (2014)",
            "source_name_en": "ILO: Profits and Poverty (2014)",
            "editor_note": (
                "Not published: the year the data covers is not in our sources yet. Find it "
                "in the report, fill in “year the data covers” and the link, then publish it "
                "(it is shown among the earlier figures)."
            ),
            "superseded_by": "stat-world-forced-labour-profits-2024",
            "is_published": False,
            "sort_order": 140,
        },
    ),
    (
        "stat-deck-locked-in",
        "facts.Statistic",
        {
            "value": "6.7",
            "magnitude": 1,
            "unit": "percent",
            "label_nb": "«innelåst», ett av midlene som brukes for å kontrollere en person",
            "label_en": "“locked in”, one of the means used to control a person",
            "scope": "world",
            "data_year": None,
            "published_year": 2019,
            "source_name_nb": "Hope for Justice, presentasjon (2019)",
            "source_name_en": "Hope for Justice, presentation (2019)",
            "editor_note": (
                "Figure from the 2019 deck only. Its source could not be found: verify it "
                "against a primary source (the slide points to www.alliance87.org) and "
                "correct the source, years and scope before publishing. Scope 'world' is an "
                "assumption."
            ),
            "is_published": False,
            "sort_order": 150,
        },
    ),
    (
        "stat-deck-convictions-2008-2017",
        "facts.Statistic",
        {
            "value": "7",
            "magnitude": 1,
            "unit": "percent",
            "label_nb": "av 546 forhold i Norge i perioden 2008–2017 endte med domfellelse",
            "label_en": "of 546 offences in Norway in the period 2008–2017 led to a conviction",
            "scope": "norway",
            "data_year": None,
            "published_year": 2019,
            "source_name_nb": "Hope for Justice, presentasjon (2019)",
            "source_name_en": "Hope for Justice, presentation (2019)",
            "editor_note": (
                "Figure from the 2019 deck only. Its source could not be found: verify it "
                "against a primary source and add source, link and data year before "
                "publishing."
            ),
            "is_published": False,
            "sort_order": 160,
        },
    ),
    # ------------------------------------------------------------------ myths
    (
        "myth-borders",
        "myths.Myth",
        {
            "myth_nb": (
                "Noen må ha krysset en landegrense for at det skal være menneskehandel eller "
                "moderne slaveri."
            ),
            "myth_en": (
                "Someone must have crossed a national border for it to count as human "
                "trafficking or modern slavery."
            ),
            "fact_nb": (
                "Det stemmer ikke. Å krysse en grense er ikke et krav."
                "\n\n"
                "Menneskehandel kan skje innenfor ett og samme land, også i Norge. Politiet "
                "sier det samme."
            ),
            "fact_en": (
                "That is not true. Crossing a border is not a requirement."
                "\n\n"
                "Human trafficking can happen within one country, Norway included. The police "
                "say the same."
            ),
            "sort_order": 10,
        },
    ),
    (
        "myth-only-sexual-exploitation",
        "myths.Myth",
        {
            "myth_nb": "Moderne slaveri handler bare om seksuell utnytting.",
            "myth_en": "Modern slavery is only about sexual exploitation.",
            "fact_nb": (
                "Det stemmer ikke. Seksuell utnytting er én form, men det finnes flere."
                "\n\n"
                "Andre former er tvangsarbeid, tvangsarbeid i private hjem, tvungen "
                "kriminalitet og fjerning av organer. I Norge har Høyesterett for eksempel "
                "dømt lederne av to hagesentre for grov menneskehandel med tanke på "
                "tvangsarbeid (2017)."
            ),
            "fact_en": (
                "That is not true. Sexual exploitation is one form, but there are others."
                "\n\n"
                "Other forms are forced labour, forced labour in private homes, forced "
                "criminality and the removal of organs. In Norway, for example, the Supreme "
                "Court convicted the managers of two garden centres of aggravated human "
                "trafficking for forced labour (2017)."
            ),
            "sort_order": 20,
        },
    ),
    # ------------------------------------------------------------- indicators
    (
        "indicator-controlled",
        "indicators.Indicator",
        {
            "text_nb": "Tegn på at personen blir kontrollert",
            "text_en": "Signs that the person is being controlled",
            "description_nb": (
                "For eksempel at en annen snakker på vegne av personen eller bestemmer hvor "
                "personen skal være."
            ),
            "description_en": (
                "For example, someone else speaks for them or decides where they are to be."
            ),
            "sort_order": 10,
        },
    ),
    (
        "indicator-fear-of-traffickers",
        "indicators.Indicator",
        {
            "text_nb": "Frykt for bakmenn og for represalier mot seg selv eller familien",
            "text_en": "Fear of traffickers and of reprisals against themselves or their family",
            "description_nb": (
                "Personen kan virke redd for å fortelle noe, av frykt for hva som da kan skje "
                "med personen selv eller familien."
            ),
            "description_en": (
                "The person may seem afraid of what will happen to them or their family if "
                "they tell anyone."
            ),
            "sort_order": 20,
        },
    ),
    (
        "indicator-fear-of-authorities",
        "indicators.Indicator",
        {
            "text_nb": "Frykt for politiet eller andre myndigheter",
            "text_en": "Fear of the police or other authorities",
            "sort_order": 30,
        },
    ),
    (
        "indicator-trauma",
        "indicators.Indicator",
        {
            "text_nb": "Tegn på fysiske eller psykiske traumer",
            "text_en": "Signs of physical or psychological trauma",
            "sort_order": 40,
        },
    ),
    (
        "indicator-health-care",
        "indicators.Indicator",
        {
            "text_nb": "Begrenset tilgang til lege eller tannlege",
            "text_en": "Limited access to a doctor or dentist",
            "sort_order": 50,
        },
    ),
    (
        "indicator-malnutrition",
        "indicators.Indicator",
        {
            "text_nb": "Tegn på underernæring",
            "text_en": "Signs of malnutrition",
            "sort_order": 60,
        },
    ),
    (
        "indicator-housing",
        "indicators.Indicator",
        {
            "text_nb": "Dårlige boforhold, ofte mange som bor i samme bolig",
            "text_en": "Poor housing, often many people living in one home",
            "sort_order": 70,
        },
    ),
    (
        "indicator-identity-papers",
        "indicators.Indicator",
        {
            "text_nb": "Har ikke egne identitetspapirer",
            "text_en": "Does not hold their own identity papers",
            "description_nb": "Pass eller ID-kort kan være hos en annen person.",
            "description_en": "A passport or ID card may be held by someone else.",
            "sort_order": 80,
        },
    ),
    (
        "indicator-movement",
        "indicators.Indicator",
        {
            "text_nb": "Begrenset bevegelsesfrihet",
            "text_en": "Restricted freedom of movement",
            "description_nb": "Personen får ikke bevege seg fritt, for eksempel gå ut alene.",
            "description_en": "The person is not free to move about, for example to go out alone.",
            "sort_order": 90,
        },
    ),
    (
        "indicator-pay",
        "indicators.Indicator",
        {
            "text_nb": "Lav lønn, tilbakeholdt lønn eller store trekk i lønnen",
            "text_en": "Low pay, withheld pay or excessive deductions",
            "sort_order": 100,
        },
    ),
    (
        "indicator-long-hours",
        "indicators.Indicator",
        {
            "text_nb": "Lange arbeidsdager eller mye overtid, med få og korte pauser",
            "text_en": "Long working days or much overtime, with few and short breaks",
            "sort_order": 110,
        },
    ),
    (
        "indicator-debt",
        "indicators.Indicator",
        {
            "text_nb": "Mener å stå i gjeld til noen",
            "text_en": "Believes they owe someone a debt",
            "sort_order": 120,
        },
    ),
    # ---------------------------------------------------------------- sectors
    (
        "sector-forced-labour",
        "sectors.Sector",
        {
            "name_nb": "Tvangsarbeid",
            "name_en": "Forced labour",
            "slug_nb": "tvangsarbeid",
            "slug_en": "forced-labour",
            "summary_nb": (
                "Mennesker blir tvunget til å arbeide under forhold de ikke fritt kan komme ut "
                "av. Det er funnet i mange vanlige bransjer."
            ),
            "summary_en": (
                "People are forced to work in conditions they cannot freely leave. It has been "
                "found in many ordinary industries."
            ),
            "examples_nb": (
                "Bilvask\n"
                "Skjønnhetssalonger\n"
                "Bygg og anlegg\n"
                "Lagerarbeid\n"
                "Restauranter\n"
                "Fabrikker\n"
                "Renhold\n"
                "Jordbruk"
            ),
            "examples_en": (
                "Car washes\n"
                "Beauty salons\n"
                "Construction\n"
                "Warehouses\n"
                "Restaurants\n"
                "Factories\n"
                "Cleaning\n"
                "Agriculture"
            ),
            "sort_order": 10,
        },
    ),
    (
        "sector-sexual-exploitation",
        "sectors.Sector",
        {
            "name_nb": "Seksuell utnytting",
            "name_en": "Sexual exploitation",
            "slug_nb": "seksuell-utnytting",
            "slug_en": "sexual-exploitation",
            "summary_nb": (
                "Mennesker blir utnyttet i prostitusjon eller på andre seksuelle måter."
            ),
            "summary_en": "People are exploited in prostitution or in other sexual ways.",
            "examples_nb": (
                "Prostitusjon på klubber\n"
                "Prostitusjon på barer\n"
                "Bordeller\n"
                "Prostitusjon på gata\n"
                "Sex via webkamera"
            ),
            "examples_en": (
                "Prostitution in clubs\n"
                "Prostitution in bars\n"
                "Brothels\n"
                "Street prostitution\n"
                "Sex via webcam"
            ),
            "sort_order": 20,
        },
    ),
    (
        "sector-private-homes",
        "sectors.Sector",
        {
            "name_nb": "Tvangsarbeid i private hjem",
            "name_en": "Forced labour in private homes",
            "slug_nb": "tvangsarbeid-i-private-hjem",
            "slug_en": "forced-labour-in-private-homes",
            "summary_nb": (
                "Mennesker blir tvunget til å arbeide i et privat hjem, for eksempel med "
                "husarbeid eller barnepass."
            ),
            "summary_en": (
                "People are forced to work in a private home, for example doing housework or "
                "looking after children."
            ),
            "examples_nb": "Hustjenere\nMatlaging\nRenhold\nBarnepass\nAu pair",
            "examples_en": "Domestic servants\nCooking\nCleaning\nChildcare\nAu pairs",
            "sort_order": 30,
        },
    ),
    (
        "sector-forced-criminality",
        "sectors.Sector",
        {
            "name_nb": "Tvungen kriminalitet",
            "name_en": "Forced criminality",
            "slug_nb": "tvungen-kriminalitet",
            "slug_en": "forced-criminality",
            "summary_nb": (
                "Mennesker blir tvunget til kriminalitet og andre handlinger, for eksempel "
                "nasking, tigging eller narkotikavirksomhet."
            ),
            "summary_en": (
                "People are forced into crime and other activities, for example shoplifting, "
                "begging or drug crime."
            ),
            "examples_nb": (
                "Nasking\n"
                "Lommetyveri\n"
                "Innbrudd\n"
                "Tigging\n"
                "Trygdesvindel\n"
                "Hasjplantasjer\n"
                "Tvangsekteskap\n"
                "Ulovlig adopsjon\n"
                "Narkotikavirksomhet"
            ),
            "examples_en": (
                "Shoplifting\n"
                "Pickpocketing\n"
                "Burglary\n"
                "Begging\n"
                "Benefit fraud\n"
                "Cannabis farms\n"
                "Forced marriage\n"
                "Illegal adoption\n"
                "Drug crime"
            ),
            "sort_order": 40,
        },
    ),
    (
        "sector-organ-trafficking",
        "sectors.Sector",
        {
            "name_nb": "Organhandel",
            "name_en": "Organ trafficking",
            "slug_nb": "organhandel",
            "slug_en": "organ-trafficking",
            "summary_nb": "Menneskehandel med sikte på å fjerne organer for å selge dem videre.",
            "summary_en": "Human trafficking for the removal of organs for resale.",
            "examples_nb": "Fjerning av organer for videresalg",
            "examples_en": "Removal of organs for resale",
            "sort_order": 50,
        },
    ),
    # ------------------------------------------------------------------ cases
    (
        "case-steinleggersaken",
        "sectors.Case",
        {
            "sector": "sector-forced-labour",
            "title_nb": "Steinleggersaken",
            "title_en": "The paving-stone case (Steinleggersaken)",
            "slug_nb": "steinleggersaken",
            "slug_en": "paving-stone-case",
            "summary_nb": (
                "Ifølge påtalemyndigheten og NRK måtte to unge britiske menn legge "
                "belegningsstein og asfalt på Nord-Jæren under drapstrusler. Dommen er ikke "
                "bekreftet."
            ),
            "summary_en": (
                "According to the prosecution and NRK, two young British men were made to lay "
                "paving stone and asphalt in Nord-Jæren under death threats. The verdict has "
                "not been verified."
            ),
            "body_nb": (
                "Det som står her, er påtalemyndighetens framstilling slik NRK Rogaland og "
                "Bygg.no gjenga den. Vi har ikke bekreftet dommen eller årstallet."
                "\n\n"
                "Ifølge påtalemyndigheten ble to unge britiske menn rekruttert blant hjemløse "
                "i England og tatt med til Norge på falske pass. Her måtte de legge "
                "belegningsstein og asfalt i oppkjørsler på Nord-Jæren. De arbeidet fra kl. "
                "06.00 til kl. 22–23 om kvelden og ble truet på livet."
                "\n\n"
                "Den ene av dem var 17 år. Han gikk det meste av veien til Oslo."
                "\n\n"
                "Tiltalte var en 25 år gammel irsk statsborger. Påtalemyndigheten beskrev "
                "saken som den første menneskehandelsaken i Norge utenfor prostitusjon."
            ),
            "body_en": (
                "What is told here is the prosecution's account as NRK Rogaland and Bygg.no "
                "reported it. We have not verified the verdict or the year."
                "\n\n"
                "According to the prosecution, two young British men were recruited among "
                "homeless people in England and brought to Norway on false passports. Here "
                "they had to lay paving stone and asphalt on driveways in Nord-Jæren. They "
                "worked from 06:00 until 22:00–23:00 and were threatened with death."
                "\n\n"
                "One of them was 17. He walked most of the way to Oslo."
                "\n\n"
                "The accused was a 25-year-old Irish national. The prosecution described the "
                "case as the first human trafficking case in Norway outside prostitution."
            ),
            "court_nb": "Jæren tingrett",
            "court_en": "Jæren District Court",
            "outcome_nb": (
                "Ikke bekreftet. Framstillingen bygger på påtalemyndigheten og pressen."
            ),
            "outcome_en": ("Not verified. The account is based on the prosecution and the press."),
            "source_name_nb": "NRK Rogaland; Bygg.no (påtalemyndighetens framstilling)",
            "source_name_en": "NRK Rogaland; Bygg.no (the prosecution's account)",
            "editor_note": (
                "The year (about 2008) and the verdict need verifying against a primary "
                "source. Until then the text says the account is the prosecution's and the "
                "press's. Add the articles' links when you have them."
            ),
            "sort_order": 30,
        },
    ),
    (
        "case-hagesentersaken",
        "sectors.Case",
        {
            "sector": "sector-forced-labour",
            "title_nb": "Hagesentersaken",
            "title_en": "The garden-centre case",
            "slug_nb": "hagesentersaken",
            "slug_en": "garden-centre-case",
            "summary_nb": (
                "Lederne av to hagesentre i Buskerud utnyttet sesongarbeidere fra India. "
                "Høyesterett dømte dem for grov menneskehandel med tanke på tvangsarbeid."
            ),
            "summary_en": (
                "The managers of two garden centres in Buskerud exploited seasonal workers "
                "from India. The Supreme Court convicted them of aggravated human trafficking "
                "for forced labour."
            ),
            "body_nb": (
                "Lederne av to hagesentre i Buskerud brukte sesongarbeidere fra India i årene "
                "2008–2012."
                "\n\n"
                "Arbeiderne fikk svært dårlig betalt, omtrent 18 000–20 000 kroner for en "
                "sesong på seks måneder. De arbeidet 12–14 timer om dagen og bodde på "
                "arbeidsplassen. De hadde liten reell frihet til å handle og bevege seg, "
                "forsto ikke norsk og styrte ikke sine egne penger."
                "\n\n"
                "At arbeiderne først hadde sagt ja til arbeidet av egen vilje, var ikke "
                "avgjørende for Høyesterett."
            ),
            "body_en": (
                "The managers of two garden centres in Buskerud used seasonal workers from "
                "India in 2008–2012."
                "\n\n"
                "The workers were grossly underpaid, about NOK 18,000–20,000 for a six-month "
                "season. They worked 12–14 hours a day and lived at the workplace. They had "
                "little real freedom of action and movement, did not understand Norwegian and "
                "did not manage their own money."
                "\n\n"
                "That the workers had at first agreed to the work of their own free will did "
                "not decide the case for the Supreme Court."
            ),
            "court_nb": "Høyesterett (HR-2017-1124-A)",
            "court_en": "Supreme Court of Norway (HR-2017-1124-A)",
            "year_nb": "7. juni 2017",
            "year_en": "7 June 2017",
            "outcome_nb": (
                "Grov menneskehandel med tanke på tvangsarbeid: fengsel i 4 år og 6 måneder "
                "og i 3 år og 2 måneder."
            ),
            "outcome_en": (
                "Aggravated human trafficking for forced labour: 4 years and 6 months, and 3 "
                "years and 2 months in prison."
            ),
            "source_name_nb": "domstol.no (Høyesteretts sammendrag på engelsk); NRK Buskerud",
            "source_name_en": "domstol.no (the Supreme Court's English summary); NRK Buskerud",
            "source_url": "https://www.domstol.no/",
            "editor_note": (
                "The link goes to domstol.no's front page: replace it with the summary's own "
                "address once you have checked it."
            ),
            "sort_order": 10,
        },
    ),
    (
        "case-lime",
        "sectors.Case",
        {
            "sector": "sector-forced-labour",
            "title_nb": "Lime-saken",
            "title_en": "The Lime case",
            "slug_nb": "lime-saken",
            "slug_en": "lime-case",
            "summary_nb": (
                "Eieren av dagligvarekjeden Lime ble dømt for grov menneskehandel. Minst ti "
                "personer fra Pakistan arbeidet lange dager i butikkene for svært lite betalt."
            ),
            "summary_en": (
                "The owner of the Lime grocery chain was convicted of aggravated human "
                "trafficking. At least ten people from Pakistan worked long days in the shops "
                "for very little pay."
            ),
            "body_nb": (
                "Minst ti personer ble hentet fra Pakistan for å arbeide i butikkene til "
                "dagligvarekjeden Lime. De arbeidet opptil 14 timer om dagen, de fleste sju "
                "dager i uka. Lønnen dekket lite mer enn skatt, kost og losji og det de måtte "
                "betale for å komme til Norge."
                "\n\n"
                "Politiet gjorde razzia i 20 butikker i 2014. Saken er en av de mest "
                "omfattende straffesakene i norsk historie."
                "\n\n"
                "Oslo tingrett dømte eieren til fengsel i 9 år i 2018. I september 2021 dømte "
                "Borgarting lagmannsrett eieren for grov menneskehandel til fengsel i 8 år."
            ),
            "body_en": (
                "At least ten people were brought from Pakistan to work in the shops of the "
                "Lime grocery chain. They worked up to 14 hours a day, most of them seven days "
                "a week. The pay covered little beyond tax, board and lodging and what they "
                "had to pay for coming to Norway."
                "\n\n"
                "The police raided 20 shops in 2014. It is one of the most extensive criminal "
                "cases in Norwegian history."
                "\n\n"
                "Oslo District Court sentenced the owner to 9 years in prison in 2018. In "
                "September 2021 Borgarting Court of Appeal convicted the owner of aggravated "
                "human trafficking and sentenced them to 8 years in prison."
            ),
            "court_nb": "Borgarting lagmannsrett",
            "court_en": "Borgarting Court of Appeal",
            "year_nb": "September 2021",
            "year_en": "September 2021",
            "outcome_nb": "Grov menneskehandel: fengsel i 8 år (9 år i Oslo tingrett i 2018).",
            "outcome_en": (
                "Aggravated human trafficking: 8 years in prison (9 years in Oslo District "
                "Court in 2018)."
            ),
            "source_name_nb": (
                "NTB (blant annet i Nationen, 10. september 2021); Aftenposten (2019)"
            ),
            "source_name_en": "NTB (e.g. in Nationen, 10 September 2021); Aftenposten (2019)",
            "editor_note": "No link yet: add the articles' links once you have checked them.",
            "sort_order": 20,
        },
    ),
    (
        "case-rt-2013-39",
        "sectors.Case",
        {
            "sector": "sector-forced-criminality",
            "title_nb": "Barn fra Litauen tvunget til tyveri (Rt-2013-39)",
            "title_en": "Children from Lithuania forced to steal (Rt-2013-39)",
            "slug_nb": "barn-fra-litauen-tvunget-til-tyveri",
            "slug_en": "children-from-lithuania-forced-to-steal",
            "summary_nb": (
                "To personer tok med fire mindreårige fra Litauen til Norge og tvang dem til "
                "omfattende og grove tyverier. Høyesterett stadfestet dommen for "
                "menneskehandel."
            ),
            "summary_en": (
                "Two people brought four minors from Lithuania to Norway and forced them to "
                "commit extensive, serious thefts. The Supreme Court upheld the conviction "
                "for human trafficking."
            ),
            "body_nb": (
                "To personer tok med seg fire mindreårige fra Litauen til Norge og tvang dem "
                "til å begå omfattende og grove tyverier."
                "\n\n"
                "Høyesterett stadfestet at de var skyldige i menneskehandel med tanke på "
                "tvangsarbeid etter straffeloven av 1902 § 224."
                "\n\n"
                "Høyesterett la til grunn at utnyttingen skal vurderes ut fra ubalansen mellom "
                "de tiltalte og ofrene, for eksempel i alder, og ut fra om ofrene var "
                "avhengige av andre for mat, bolig eller reisen hjem. Tvangsarbeid krever en "
                "situasjon som objektivt sett er tvingende. Det kreves ikke at ofrene prøvde å "
                "komme seg unna."
            ),
            "body_en": (
                "Two people brought four minors from Lithuania to Norway and forced them to "
                "commit extensive, serious thefts."
                "\n\n"
                "The Supreme Court upheld their conviction for human trafficking for forced "
                "labour under section 224 of the Penal Code of 1902."
                "\n\n"
                "The court held that exploitation is judged from the imbalance between the "
                "accused and the victims, for example in age, and from whether the victims "
                "depended on others for food, housing or the journey home. Forced labour "
                "needs a situation that is objectively coercive. It does not need the victims "
                "to have tried to get away."
            ),
            "court_nb": "Høyesterett (Rt-2013-39)",
            "court_en": "Supreme Court of Norway (Rt-2013-39)",
            "year_nb": "18. januar 2013",
            "year_en": "18 January 2013",
            "outcome_nb": (
                "Dommen for menneskehandel med tanke på tvangsarbeid ble stadfestet "
                "(straffeloven 1902 § 224)."
            ),
            "outcome_en": (
                "The conviction for human trafficking for forced labour was upheld (Penal "
                "Code 1902 section 224)."
            ),
            "source_name_nb": "Dommen Rt-2013-39 i UDIs regelverksdatabase (udiregelverk.no)",
            "source_name_en": "The judgment Rt-2013-39 in UDI's legal database (udiregelverk.no)",
            "source_url": "https://www.udiregelverk.no/",
            "editor_note": (
                "The link goes to udiregelverk.no's front page (search for Rt-2013-39 there): "
                "replace it with the judgment's own address once you have checked it."
            ),
            "sort_order": 10,
        },
    ),
    (
        "case-barnehage-i-norge",
        "sectors.Case",
        {
            "sector": "sector-forced-labour",
            "title_nb": "Barnehage i Norge",
            "title_en": "A kindergarten case in Norway",
            "slug_nb": "barnehage-i-norge",
            "slug_en": "kindergarten-case-norway",
            "summary_nb": "Utkast: detaljene skal fylles inn av redaksjonen.",
            "summary_en": "Draft: details to be filled in by editors.",
            "editor_note": (
                "Only a slide heading in the 2019 deck: no source was found for this case. "
                "Do not publish it until the facts and a source have been added. It is placed "
                "under forced labour for now; move it to the right form of exploitation."
            ),
            "is_published": False,
            "sort_order": 40,
        },
    ),
    # --------------------------------------------------------------- contacts
    # Each has a fixed key that texts use: [[contact:rosa:phone]].
    (
        "contact-police-emergency",
        "contacts.HelpContact",
        {
            "key": "emergency",
            "name_nb": "Politiets nødnummer",
            "name_en": "Police emergency number",
            "when_to_use_nb": "Når noens liv eller helse er i akutt fare.",
            "when_to_use_en": "When someone's life or health is in immediate danger.",
            "phone": "112",
            "hours_nb": "Besvares alltid",
            "hours_en": "Always answered",
            "is_emergency": True,
            "sort_order": 10,
        },
    ),
    (
        "contact-police-tips",
        "contacts.HelpContact",
        {
            "key": "police-tip",
            "name_nb": "Tips politiet om menneskehandel",
            "name_en": "Tip off the police about human trafficking",
            "when_to_use_nb": (
                "Når det ikke haster. Gå til [[contact:police-tip:web]], velg «Tips "
                "politiet» og deretter menneskehandel. Kripos behandler tipset, og du får et "
                "referansenummer som du bør ta vare på. Et tips er ikke en anmeldelse."
            ),
            "when_to_use_en": (
                "When it is not urgent. Go to [[contact:police-tip:web]], choose “Tips "
                "politiet” (tip off the police), then human trafficking. Kripos handles the "
                "tip, and you get a reference number to keep. A tip is not a police report."
            ),
            "phone": "",
            "web_url_nb": "https://www.politiet.no/",
            "web_url_en": "https://www.politiet.no/",
            "hours_nb": "Tipsene følges opp hele døgnet",
            "hours_en": "Tips are handled day and night",
            "anonymity": "yes",
            "editor_note": (
                "The old tips.kripos.no pages are gone; the tip service is on politiet.no. "
                "If you find the tip form's own address, put it in as the web address in "
                "both languages."
            ),
            "sort_order": 20,
        },
    ),
    (
        "contact-police",
        "contacts.HelpContact",
        {
            "key": "police",
            "name_nb": "Politiet (når det ikke haster)",
            "name_en": "The police (non-emergency)",
            "when_to_use_nb": (
                "Når du vil anmelde et lovbrudd eller snakke med politiet der du bor, og det "
                "ikke haster. Nummeret går til ditt lokale politidistrikt."
            ),
            "when_to_use_en": (
                "When you want to report a crime or talk to your local police, and it is not "
                "urgent. The number reaches your local police district."
            ),
            "phone": "02800",
            "web_url_nb": "https://www.politiet.no/",
            "web_url_en": "https://www.politiet.no/",
            "hours_nb": "Se politiet.no",
            "hours_en": "See politiet.no",
            "anonymity": "no",
            "editor_note": (
                "The opening hours are not in our sources yet: check them on politiet.no and "
                "write them here in both languages."
            ),
            "sort_order": 25,
        },
    ),
    (
        "contact-rosa",
        "contacts.HelpContact",
        {
            "key": "rosa",
            "name_nb": "ROSA-prosjektet",
            "name_en": "The ROSA project",
            "when_to_use_nb": (
                "Døgnåpen hjelpetelefon for personer fra 18 år som er utsatt for "
                "menneskehandel, uansett form. ROSA kan gi trygt bosted på krisesentre over "
                "hele landet, juridisk rådgivning og helsehjelp."
            ),
            "when_to_use_en": (
                "24-hour helpline for people aged 18 and over who are exposed to any form of "
                "human trafficking. ROSA can offer safe housing at crisis centres across "
                "Norway, legal advice and health care."
            ),
            "phone": "22 33 11 60",
            "web_url_nb": "https://rosa-help.no/",
            "web_url_en": "https://rosa-help.no/",
            "hours_nb": "Døgnåpen",
            "hours_en": "Open day and night",
            "sort_order": 30,
        },
    ),
    (
        "contact-children",
        "contacts.HelpContact",
        {
            "key": "children",
            "name_nb": "Alarmtelefonen for barn og unge",
            "name_en": "Alarmtelefonen, the helpline for children and young people",
            "when_to_use_nb": (
                "For barn og unge, og for voksne som er bekymret for et barn. Det er gratis, "
                "og du kan være anonym."
            ),
            "when_to_use_en": (
                "For children and young people, and for adults who are worried about a "
                "child. It is free, and you can stay anonymous."
            ),
            "phone": "116 111",
            "web_url_nb": "https://116111.no/",
            "web_url_en": "https://116111.no/",
            "hours_nb": "Telefon og e-post hele døgnet, chat og SMS om kvelden",
            "hours_en": "Phone and e-mail day and night, chat and text messages in the evening",
            "anonymity": "yes",
            "sort_order": 35,
        },
    ),
    (
        "contact-hope-for-justice",
        "contacts.HelpContact",
        {
            "key": "hope-for-justice",
            "name_nb": "Hope for Justice",
            "name_en": "Hope for Justice",
            "when_to_use_nb": (
                "Råd og oppfølging for ansatte i førstelinjetjenesten og for personer som kan "
                "være utsatt for menneskehandel."
            ),
            "when_to_use_en": (
                "Advice and follow-up for staff in first-line services and for people who may "
                "be exposed to human trafficking."
            ),
            "phone": "22 55 02 00",
            "email": "norge.info@hopeforjustice.org",
            "hours_nb": (
                "I kontortiden. Ellers kan du legge igjen en beskjed. Haster det, ring ROSA "
                "på [[contact:rosa:phone]] eller [[contact:emergency:phone]]."
            ),
            "hours_en": (
                "During office hours. At other times you can leave a message. If it is "
                "urgent, call ROSA on [[contact:rosa:phone]] or [[contact:emergency:phone]]."
            ),
            "editor_note": (
                "Write the office hours into “opening hours” in both languages (e.g. "
                "“Monday to Friday, 9 to 16”), and keep the sentence on what to do outside "
                "them."
            ),
            "sort_order": 40,
        },
    ),
    # ------------------------------------------------- the signs checklist's advice
    (
        "guidance-none",
        "indicators.Guidance",
        {
            "title_nb": "Du har ikke krysset av for noen tegn",
            "title_en": "You have not ticked any signs",
            "text_nb": (
                "Er du likevel bekymret for noen, kan du alltid be om råd. Hjelpetilbudene "
                "står nedenfor."
            ),
            "text_en": (
                "If you are still worried about someone, you can always ask for advice. "
                "The help contacts are listed below."
            ),
            "min_signs": 0,
            "max_signs": 0,
            "sort_order": 10,
        },
    ),
    (
        "guidance-few",
        "indicators.Guidance",
        {
            "title_nb": "Ett eller to tegn",
            "title_en": "One or two signs",
            "text_nb": (
                "Ett eller to tegn betyr ikke i seg selv at det er menneskehandel. Følg med, og "
                "be gjerne om råd hvis du er usikker.\n\n"
                "Hope for Justice gir råd til deg som møter mulige ofre i jobben din. Du kan også "
                "gi tips til politiet, og du kan være anonym."
            ),
            "text_en": (
                "One or two signs do not in themselves mean that it is human trafficking. Keep "
                "an eye on the situation, and ask for advice if you are unsure.\n\n"
                "Hope for Justice gives advice to people who meet possible victims through their "
                "work. You can also give the police a tip, and you can stay anonymous."
            ),
            "min_signs": 1,
            "max_signs": 2,
            "sort_order": 20,
        },
    ),
    (
        "guidance-several",
        "indicators.Guidance",
        {
            "title_nb": "Flere tegn",
            "title_en": "Several signs",
            "text_nb": (
                "Flere tegn sammen kan tyde på menneskehandel. Ikke undersøk saken på egen hånd: "
                "snakk med noen som kjenner feltet.\n\n"
                "Hope for Justice gir råd til førstelinjetjenesten og til mulige ofre. Politiet "
                "tar imot tips, også anonymt. ROSA-prosjektet har en døgnåpen telefon for "
                "voksne som er utsatt for menneskehandel. Gjelder det et barn, ring "
                "Alarmtelefonen for barn og unge på [[contact:children:phone]]."
            ),
            "text_en": (
                "Several signs together can point to human trafficking. Do not investigate on "
                "your own: talk to someone who knows the field.\n\n"
                "Hope for Justice gives advice to first-line services and to possible victims. "
                "The police take tips, anonymous ones too. The ROSA project has a 24-hour "
                "helpline for adults exposed to human trafficking. If it concerns a child, "
                "call Alarmtelefonen, the helpline for children and young people, on "
                "[[contact:children:phone]]."
            ),
            "min_signs": 3,
            "sort_order": 30,
        },
    ),
    (
        "guidance-movement",
        "indicators.Guidance",
        {
            "title_nb": "Hvis personen ikke kan gå fritt",
            "title_en": "If the person cannot leave freely",
            "text_nb": (
                "Er noens liv eller helse i fare nå, ring politiet på [[contact:emergency:phone]]."
            ),
            "text_en": (
                "If someone's life or health is in danger now, call the police on "
                "[[contact:emergency:phone]]."
            ),
            "indicator": "indicator-movement",
            "min_signs": 1,
            "sort_order": 5,
        },
    ),
    # ------------------------------------------- the help page's "who should I contact?"
    (
        "situation-danger",
        "contacts.Situation",
        {
            "situation_nb": "Noen er i fare nå",
            "situation_en": "Someone is in danger now",
            "advice_nb": "Ring politiets nødnummer.",
            "advice_en": "Call the police emergency number.",
            "contact": "contact-police-emergency",
            "sort_order": 10,
        },
    ),
    (
        "situation-tip",
        "contacts.Situation",
        {
            "situation_nb": "Du vil melde fra om noe som ikke haster",
            "situation_en": "You want to tell the police about something that is not urgent",
            "advice_nb": (
                "Tips politiet på nett. Du kan være anonym, og du får et referansenummer. Et "
                "tips er ikke en anmeldelse."
            ),
            "advice_en": (
                "Tip off the police online. You can stay anonymous, and you get a reference "
                "number. A tip is not a police report."
            ),
            "contact": "contact-police-tips",
            "sort_order": 20,
        },
    ),
    (
        "situation-report",
        "contacts.Situation",
        {
            "situation_nb": "Du vil anmelde et lovbrudd",
            "situation_en": "You want to report a crime",
            "advice_nb": "Ring politiet. Er noen i fare nå, ring [[contact:emergency:phone]].",
            "advice_en": (
                "Call the police. If someone is in danger now, call [[contact:emergency:phone]]."
            ),
            "contact": "contact-police",
            "sort_order": 25,
        },
    ),
    (
        "situation-victim",
        "contacts.Situation",
        {
            "situation_nb": "Du eller en voksen du kjenner kan være utsatt for menneskehandel",
            "situation_en": "You or an adult you know may be exposed to human trafficking",
            "advice_nb": "ROSA-prosjektet hjelper personer fra 18 år, hele døgnet.",
            "advice_en": "The ROSA project helps people aged 18 and over, day and night.",
            "contact": "contact-rosa",
            "sort_order": 30,
        },
    ),
    (
        "situation-child",
        "contacts.Situation",
        {
            "situation_nb": "Du er under 18 år, eller du er bekymret for et barn",
            "situation_en": "You are under 18, or you are worried about a child",
            "advice_nb": (
                "Ring Alarmtelefonen for barn og unge. Det er gratis, og du kan være anonym. "
                "Er barnet i fare nå, ring [[contact:emergency:phone]]."
            ),
            "advice_en": (
                "Call Alarmtelefonen, the helpline for children and young people. It is free, "
                "and you can stay anonymous. If the child is in danger now, call "
                "[[contact:emergency:phone]]."
            ),
            "contact": "contact-children",
            "sort_order": 35,
        },
    ),
    (
        "situation-worker",
        "contacts.Situation",
        {
            "situation_nb": "Du møter mulige ofre i jobben din og trenger råd",
            "situation_en": "You meet possible victims through your work and need advice",
            "advice_nb": "Hope for Justice gir råd og oppfølging til førstelinjetjenesten.",
            "advice_en": "Hope for Justice gives advice and follow-up to first-line services.",
            "contact": "contact-hope-for-justice",
            "sort_order": 40,
        },
    ),
]

# ------------------------------------------------------------------------------
# Guides for people who meet possible victims at work, and help cards in the
# languages of people at risk.


_TALKING_NB = (
    "Snakk med personen alene, et sted der ingen andre kan høre samtalen.\n"
    "Bruk en kvalifisert tolk når du og personen ikke har et felles språk, også på telefon "
    "eller video. "
    "Bruk aldri den som følger personen, familie, barn eller kolleger som tolk.\n"
    "Still enkle, åpne spørsmål om arbeid, bolig, lønn, papirer og om personen kan bevege "
    "seg fritt. Lytt, og ikke press.\n"
    "Si ærlig hva du kan holde for deg selv, og hva du må gå videre med.\n"
    "Husk at mange ikke ser på seg selv som offer, og at mange er redde for bakmenn, "
    "for politiet og for hva som kan skje med familien."
)
_TALKING_EN = (
    "Talk with the person alone, somewhere no one else can hear you.\n"
    "Use a qualified interpreter when you share no language, also by phone or video. Never "
    "use the person who comes with them, family, children or colleagues as interpreters.\n"
    "Ask simple, open questions about work, housing, pay, papers and whether they can come "
    "and go freely. Listen, and do not push.\n"
    "Say honestly what you can keep to yourself and what you must pass on.\n"
    "Remember that many do not see themselves as victims, and many fear the traffickers, "
    "the police and what may happen to their family."
)
_AVOID_NB = (
    "Ikke konfronter en mulig bakmann eller den som følger personen. Det kan sette "
    "personen og familien i fare.\n"
    "Ikke bruk ledsageren, familie eller barn som tolk.\n"
    "Ikke fortell ledsageren hva personen har sagt til deg.\n"
    "Ikke lov noe du ikke kan holde, for eksempel at personen får bli i Norge.\n"
    "Ikke etterforsk på egen hånd: det er politiets oppgave."
)
_AVOID_EN = (
    "Do not confront a suspected trafficker or the person who comes with them. It can put "
    "the person and their family in danger.\n"
    "Do not use the companion, family or children as interpreters.\n"
    "Do not tell the companion what the person has told you.\n"
    "Do not promise what you cannot keep, for example that the person may stay in Norway.\n"
    "Do not investigate on your own: that is the police's task."
)
_COURSE_NB = (
    "Hope for Justice holder kurs for ansatte i førstelinjetjenesten, tilpasset yrket ditt, "
    "regelverket og aktuelle problemstillinger. Et kurs varer omtrent 2–4 timer."
)
_COURSE_EN = (
    "Hope for Justice runs courses for first-line staff, tailored to your profession, the "
    "legal framework and current issues. A course takes about 2–4 hours."
)


def _steps(first_nb, first_en, routine_nb, routine_en):
    """What to do, step by step: the same frame in every guide, with the
    setting's own first step and its own routines."""
    nb = [
        "Er noen i akutt fare, ring politiets nødnummer.",
        first_nb,
        "Fortell personen at det finnes hjelp: ROSA-prosjektet hjelper voksne hele døgnet, "
        "og Alarmtelefonen for barn og unge hjelper barn.",
        "Skriv ned hva du har sett og hørt, med dato, så nøkternt du kan.",
        routine_nb,
        "Spør Hope for Justice om råd, eller gi politiet et tips når det ikke haster. Et tips "
        "kan være anonymt.",
    ]
    en = [
        "If someone is in immediate danger, call the police emergency number.",
        first_en,
        "Tell the person that help exists: the ROSA project helps adults day and night, and "
        "Alarmtelefonen helps children.",
        "Write down what you have seen and heard, with dates, as plainly as you can.",
        routine_en,
        "Ask Hope for Justice for advice, or give the police a tip when it is not urgent. A "
        "tip can be anonymous.",
    ]
    return "\n".join(nb), "\n".join(en)


_GUIDES = [
    {
        "key": "health",
        "title_nb": "For deg som jobber i helsetjenesten",
        "title_en": "For you who work in health care",
        "slug_nb": "helse",
        "slug_en": "health-care",
        "audience_nb": "Fastleger, legevakt, sykepleiere, tannleger og annet helsepersonell",
        "audience_en": "GPs, emergency rooms, nurses, dentists and other health workers",
        "lead_nb": (
            "Mange som utsettes for menneskehandel, får lite eller ingen helsehjelp. Når de "
            "først kommer til deg, kan du være den eneste utenforstående som ser dem alene."
        ),
        "lead_en": (
            "Many people exposed to human trafficking get little or no health care. When they "
            "do come to you, you may be the only outsider who sees them alone."
        ),
        "signs_nb": (
            "Noen følger pasienten, snakker på vegne av pasienten eller vil ikke gå ut av rommet.\n"
            "Pasienten har ikke egne identitetspapirer, eller en annen har dem.\n"
            "Pasienten kommer sent, med skader, sykdom eller tannproblemer som ikke er "
            "behandlet.\n"
            "Tegn på fysiske eller psykiske traumer, for eksempel skader som forklares "
            "uklart.\n"
            "Tegn på underernæring eller utmattelse etter lange arbeidsdager.\n"
            "Pasienten er redd for politiet, for myndighetene eller for hva som skjer med "
            "familien."
        ),
        "signs_en": (
            "Someone comes with the patient, speaks for them or will not leave the room.\n"
            "The patient does not hold their own identity papers, or someone else has them.\n"
            "The patient comes late, with injuries, illness or dental problems left "
            "untreated.\n"
            "Signs of physical or psychological trauma, such as injuries explained vaguely.\n"
            "Signs of malnutrition or exhaustion after long working days.\n"
            "The patient fears the police, the authorities or what may happen to their family."
        ),
        "steps": _steps(
            "Be ledsageren vente ute mens du undersøker pasienten, som en fast rutine.",
            "Ask the companion to wait outside while you examine the patient, as a matter of "
            "routine.",
            "Følg rutinene på arbeidsplassen din og regelverket om taushetsplikt, og snakk med "
            "leder eller kolleger.",
            "Follow your workplace's routines and the rules on confidentiality, and talk with "
            "your manager or colleagues.",
        ),
        "indicators": [
            "controlled",
            "identity-papers",
            "health-care",
            "trauma",
            "malnutrition",
            "fear-of-authorities",
        ],
        "sectors": ["forced-labour", "sexual-exploitation", "private-homes", "organ-trafficking"],
        "contacts": ["police-emergency", "rosa", "children", "police-tips", "hope-for-justice"],
        "profession": "health care (for example a GP, an emergency room nurse and a dentist)",
    },
    {
        "key": "schools",
        "title_nb": "For deg som jobber i skolen eller barnevernet",
        "title_en": "For you who work in schools or child welfare",
        "slug_nb": "skole-og-barnevern",
        "slug_en": "schools-and-child-welfare",
        "audience_nb": "Lærere, helsesykepleiere, miljøarbeidere og ansatte i barnevernet",
        "audience_en": "Teachers, school nurses, youth workers and child welfare staff",
        "lead_nb": (
            "Barn kan også utnyttes, for eksempel til tyveri, tigging eller "
            "narkotikakriminalitet. Når offeret er under 18 år, er det menneskehandel selv om "
            "ingen har brukt tvang eller trusler."
        ),
        "lead_en": (
            "Children can be exploited too, for example for theft, begging or drug crime. "
            "When the victim is under 18, it is human trafficking even if no force or threats "
            "were used."
        ),
        "signs_nb": (
            "Barnet er ofte borte eller svært slitent, som om det arbeider eller er ute om "
            "natten.\n"
            "Barnet blir fulgt, hentet eller passet på av voksne eller andre som ser ut til å "
            "styre det.\n"
            "Barnet er med på tyveri, lommetyveri, tigging eller narkotikakriminalitet.\n"
            "Barnet sier at det skylder noen penger.\n"
            "Tegn på fysiske eller psykiske traumer, eller på at barnet ikke får nok mat.\n"
            "Barnet er redd for politiet, barnevernet eller andre myndigheter."
        ),
        "signs_en": (
            "The child is often absent or very tired, as if working or out at night.\n"
            "The child is followed, collected or watched by adults or others who seem to "
            "control them.\n"
            "The child takes part in theft, pickpocketing, begging or drug crime.\n"
            "The child says they owe someone money.\n"
            "Signs of physical or psychological trauma, or of not getting enough food.\n"
            "The child fears the police, child welfare or other authorities."
        ),
        "steps": _steps(
            "Snakk med barnet alene, på et trygt sted, med kvalifisert tolk ved behov.",
            "Talk with the child alone, somewhere safe, with a qualified interpreter if needed.",
            "Følg rutinene dine ved bekymring for et barn, også om å melde fra til "
            "barnevernet, og snakk med leder.",
            "Follow your routines for concern about a child, including telling child welfare "
            "services, and talk with your manager.",
        ),
        "indicators": ["controlled", "movement", "debt", "trauma", "malnutrition"],
        "sectors": ["forced-criminality", "sexual-exploitation", "forced-labour"],
        "contacts": ["police-emergency", "children", "police-tips", "hope-for-justice"],
        "profession": "schools and child welfare (for example a teacher, a school nurse and a "
        "child welfare worker)",
    },
    {
        "key": "nav",
        "title_nb": "For deg som jobber i NAV eller sosialtjenesten",
        "title_en": "For you who work in NAV or social services",
        "slug_nb": "nav-og-sosialtjenesten",
        "slug_en": "nav-and-social-services",
        "audience_nb": "Veiledere i NAV, sosialarbeidere og ansatte i bolig- og flyktningtjenesten",
        "audience_en": "NAV advisers, social workers and staff in housing and refugee services",
        "lead_nb": (
            "Du ser papirene til folk: arbeidsforhold, lønn, bolig og stønader. Der kan tegnene "
            "på utnytting vise seg før noen sier noe."
        ),
        "lead_en": (
            "You see people's papers: jobs, pay, housing and benefits. The signs of "
            "exploitation can show there before anyone says a word."
        ),
        "signs_nb": (
            "Noen følger personen og snakker for vedkommende, eller har papirene eller "
            "bankkortet til vedkommende.\n"
            "Mange er registrert på samme adresse, eller boligen er dårlig og trang.\n"
            "Lav lønn, lønn som holdes tilbake, eller store trekk for bolig, mat eller reise.\n"
            "Personen mener å skylde noen penger, for eksempel for reisen eller jobben.\n"
            "Noen søker om stønader for personen på en måte som tyder på at personen blir "
            "brukt til trygdesvindel.\n"
            "Personen er redd for myndighetene."
        ),
        "signs_en": (
            "Someone comes with the person, speaks for them or holds their papers or bank "
            "card.\n"
            "Many people are registered at one address, or the housing is poor and crowded.\n"
            "Low pay, pay held back, or large deductions for housing, food or travel.\n"
            "The person believes they owe someone money, for example for the journey or the "
            "job.\n"
            "Benefits are applied for on the person's behalf in a way that suggests they are "
            "used for benefit fraud.\n"
            "The person fears the authorities."
        ),
        "steps": _steps(
            "Be om en samtale med personen alene, med kvalifisert tolk.",
            "Ask for a conversation with the person alone, with a qualified interpreter.",
            "Følg rutinene på kontoret ditt og regelverket om taushetsplikt, og snakk med leder.",
            "Follow your office's routines and the rules on confidentiality, and talk with "
            "your manager.",
        ),
        "indicators": ["controlled", "identity-papers", "housing", "pay", "debt"],
        "sectors": ["forced-labour", "forced-criminality", "private-homes"],
        "contacts": ["police-emergency", "rosa", "police-tips", "hope-for-justice"],
        "profession": "NAV or social services (for example a NAV adviser and a social worker)",
    },
    {
        "key": "inspectors",
        "title_nb": "For deg som fører tilsyn eller kontroll",
        "title_en": "For you who inspect workplaces",
        "slug_nb": "tilsyn-og-kontroll",
        "slug_en": "inspections",
        "audience_nb": "Arbeidstilsynet, Skatteetaten og kommunale tilsyn",
        "audience_en": "Labour, tax and municipal inspectors",
        "lead_nb": (
            "Tvangsarbeid finnes blant annet på bilvaskehaller, i skjønnhetssalonger, bygg og "
            "anlegg, lagre, restauranter, fabrikker, renhold og landbruk. På et tilsyn ser du "
            "arbeidsplassen slik den er."
        ),
        "lead_en": (
            "Forced labour is found in car washes, beauty salons, construction, warehouses, "
            "restaurants, factories, cleaning and agriculture, among others. On an inspection "
            "you see the workplace as it is."
        ),
        "signs_nb": (
            "Arbeiderne bor på arbeidsplassen, eller mange deler én bolig.\n"
            "Lange arbeidsdager og mye overtid, med få og korte pauser.\n"
            "Lav lønn, lønn som holdes tilbake, eller store trekk for bolig, mat eller reise.\n"
            "Arbeiderne har ikke egne identitetspapirer.\n"
            "En leder svarer for arbeiderne, eller de virker redde og kan ikke gå når de vil.\n"
            "Arbeiderne mener at de skylder noen penger."
        ),
        "signs_en": (
            "Workers live at the workplace, or many share one dwelling.\n"
            "Long working days and much overtime, with few and short breaks.\n"
            "Low pay, pay held back, or large deductions for housing, food or travel.\n"
            "Workers do not hold their own identity papers.\n"
            "A boss answers for the workers, or they seem afraid and cannot leave when they "
            "want.\n"
            "Workers believe they owe someone money."
        ),
        "steps": _steps(
            "Snakk med arbeiderne hver for seg, der lederen ikke hører, med kvalifisert tolk.",
            "Talk with workers one at a time, out of the boss's hearing, with a qualified "
            "interpreter.",
            "Følg etatens rutiner for mistanke om menneskehandel, og snakk med leder.",
            "Follow your agency's routines for suspected human trafficking, and talk with your "
            "manager.",
        ),
        "indicators": ["housing", "long-hours", "pay", "identity-papers", "movement", "debt"],
        "sectors": ["forced-labour", "forced-criminality"],
        "contacts": ["police-emergency", "rosa", "police-tips", "hope-for-justice"],
        "profession": "inspection (for example a labour, tax and municipal inspector)",
    },
    {
        "key": "buyers",
        "title_nb": "For deg som kjøper tjenester til en virksomhet",
        "title_en": "For you who buy services for a business",
        "slug_nb": "innkjop-av-tjenester",
        "slug_en": "buying-services",
        "audience_nb": "Innkjøpere og ledere som kjøper bygg-, renholds-, bilvask- eller "
        "serveringstjenester",
        "audience_en": "Buyers and managers who buy construction, cleaning, car wash or "
        "hospitality services",
        "lead_nb": (
            "Utnytting av arbeidskraft skjer også i vanlige tjenester som bedrifter kjøper. "
            "Som kunde kan du se tegnene og stille krav."
        ),
        "lead_en": (
            "Labour exploitation also happens in ordinary services that businesses buy. As a "
            "customer you can see the signs and set requirements."
        ),
        "signs_nb": (
            "Prisen er så lav at den er vanskelig å forklare uten svært lav lønn.\n"
            "Arbeiderne ser ut til å bo på arbeidsplassen, eller blir kjørt til og fra av den "
            "samme personen.\n"
            "Lange dager, få pauser og arbeid alle dager i uken.\n"
            "En leder svarer for arbeiderne, som ikke snakker for seg selv.\n"
            "Arbeiderne virker redde eller utslitte."
        ),
        "signs_en": (
            "The price is so low that it is hard to explain without very low pay.\n"
            "Workers seem to live at the workplace, or are driven to and from it by the same "
            "person.\n"
            "Long days, few breaks and work every day of the week.\n"
            "A boss answers for the workers, who do not speak for themselves.\n"
            "Workers seem afraid or exhausted."
        ),
        "steps": _steps(
            "Spør leverandøren om lønn, arbeidstid og bolig som en fast del av avtalen, ikke "
            "som en anklage.",
            "Ask the supplier about pay, working hours and housing as a routine part of the "
            "contract, not as an accusation.",
            "Følg virksomhetens rutiner for innkjøp og varsling, og snakk med ledelsen.",
            "Follow your business's routines for purchasing and whistleblowing, and talk with "
            "management.",
        ),
        "indicators": ["pay", "long-hours", "housing", "controlled", "fear-of-traffickers"],
        "sectors": ["forced-labour"],
        "contacts": ["police-emergency", "rosa", "police-tips", "hope-for-justice"],
        "profession": "purchasing (for example a buyer of cleaning or construction services)",
    },
]

for _order, _guide in enumerate(_GUIDES, start=1):
    _key = f"guide-{_guide['key']}"
    _steps_nb, _steps_en = _guide["steps"]
    SEED.append(
        (
            _key,
            "guides.Guide",
            {
                **{field: _guide[field] for field in _guide if field.endswith(("_nb", "_en"))},
                "talking_nb": _TALKING_NB,
                "talking_en": _TALKING_EN,
                "steps_nb": _steps_nb,
                "steps_en": _steps_en,
                "avoid_nb": _AVOID_NB,
                "avoid_en": _AVOID_EN,
                "course_nb": _COURSE_NB,
                "course_en": _COURSE_EN,
                "editor_note": (
                    "Written from the 2019 deck, CONTENT.md and widely established practice. "
                    f"Have it checked by someone who works in {_guide['profession']} before "
                    "relying on it, and add what their routines and rules say."
                ),
                "sort_order": _order * 10,
            },
        )
    )
    # Links to signs, forms and contacts: rows of the many-to-many tables.
    for _field, _prefix, _target in (
        ("indicators", "indicator", "indicator"),
        ("sectors", "sector", "sector"),
        ("contacts", "contact", "helpcontact"),
    ):
        for _name in _guide[_field]:
            SEED.append(
                (
                    f"{_key}-{_prefix}-{_name}",
                    f"guides.Guide_{_field}",
                    {"guide": _key, _target: f"{_prefix}-{_name}"},
                )
            )

# Help cards: one language each, in that language. Translated by the developer
# from the Norwegian, simply and carefully; no native speaker has checked them
# (is_reviewed False), so each shows its notice until one has. Lines: danger,
# adults, children, anonymous tip, in that order; the numbers come from the contacts.
_CARD_CONTACTS = ["police-emergency", "rosa", "children", "police-tips"]
_CARDS = [
    {
        "language_code": "en",
        "language_name": "English",
        "unreviewed_notice": (
            "This page is translated from Norwegian. A native speaker has not checked it yet."
        ),
        "title": "Help in Norway",
        "lead": "You may be a victim of human trafficking. You can get help in Norway.",
        "signs_title": "You may be a victim of human trafficking if:",
        "signs": (
            "Someone controls where you go, who you talk to, or your money.\n"
            "Someone has taken your passport or identity papers.\n"
            "You work very long days and get little or no pay.\n"
            "You are told you owe a debt that you must work off.\n"
            "You or your family are threatened."
        ),
        "rights_title": "You have rights in Norway",
        "rights": (
            "You have rights even if you have no papers.\n\n"
            "If you are not a Norwegian citizen and may be a victim, you can be granted a "
            "reflection period (refleksjonsperiode): a permit to stay and work in Norway for "
            "six months. It is not automatic: you apply through the police. During this time "
            "you have a right to a lawyer, a safe place to live, money to live on, necessary "
            "health care and work."
        ),
        "contacts_title": "Where to get help",
        "lines": [
            "In danger now? Call the police:",
            "ROSA helps adults (18 and over), day and night:",
            "For children and young people under 18:",
            "Give the police a tip. You can stay anonymous:",
        ],
    },
    {
        "language_code": "pl",
        "language_name": "Polski",
        "unreviewed_notice": (
            "Ta strona została przetłumaczona z języka norweskiego. Nie sprawdziła jej jeszcze "
            "osoba, dla której polski jest językiem ojczystym."
        ),
        "title": "Pomoc w Norwegii",
        "lead": "Możesz być ofiarą handlu ludźmi. W Norwegii możesz otrzymać pomoc.",
        "signs_title": "Możesz być ofiarą handlu ludźmi, jeśli:",
        "signs": (
            "Ktoś kontroluje, dokąd chodzisz, z kim rozmawiasz albo twoje pieniądze.\n"
            "Ktoś zabrał ci paszport lub dokumenty tożsamości.\n"
            "Pracujesz bardzo długo i dostajesz mało pieniędzy albo nic.\n"
            "Mówią ci, że masz dług, który musisz odpracować.\n"
            "Ktoś grozi tobie lub twojej rodzinie."
        ),
        "rights_title": "Masz prawa w Norwegii",
        "rights": (
            "Masz prawa, nawet jeśli nie masz dokumentów.\n\n"
            "Jeśli nie jesteś obywatelem Norwegii i możesz być ofiarą, możesz otrzymać okres "
            "na zastanowienie (refleksjonsperiode): zezwolenie na pobyt i pracę w Norwegii "
            "przez sześć miesięcy. Nie jest ono przyznawane automatycznie: wniosek składa się "
            "przez policję. W tym czasie masz prawo do prawnika, bezpiecznego mieszkania, "
            "pieniędzy na życie, niezbędnej opieki zdrowotnej i pracy."
        ),
        "contacts_title": "Gdzie szukać pomocy",
        "lines": [
            "Jesteś w niebezpieczeństwie? Zadzwoń na policję:",
            "ROSA pomaga dorosłym (od 18 lat), całą dobę:",
            "Dla dzieci i młodzieży poniżej 18 lat:",
            "Przekaż informację policji. Możesz pozostać anonimowy:",
        ],
    },
    {
        "language_code": "ro",
        "language_name": "Română",
        "unreviewed_notice": (
            "Această pagină este tradusă din norvegiană. Traducerea nu a fost verificată încă "
            "de un vorbitor nativ."
        ),
        "title": "Ajutor în Norvegia",
        "lead": (
            "Este posibil să fii victimă a traficului de persoane. În Norvegia poți primi ajutor."
        ),
        "signs_title": "Este posibil să fii victimă a traficului de persoane dacă:",
        "signs": (
            "Cineva controlează unde mergi, cu cine vorbești sau banii tăi.\n"
            "Cineva ți-a luat pașaportul sau actele de identitate.\n"
            "Lucrezi foarte multe ore și primești puțini bani sau deloc.\n"
            "Ți se spune că ai o datorie pe care trebuie să o plătești prin muncă.\n"
            "Tu sau familia ta sunteți amenințați."
        ),
        "rights_title": "Ai drepturi în Norvegia",
        "rights": (
            "Ai drepturi chiar dacă nu ai acte.\n\n"
            "Dacă nu ești cetățean norvegian și este posibil să fii victimă, ți se poate "
            "acorda o perioadă de reflecție (refleksjonsperiode): un permis de ședere și de "
            "muncă în Norvegia pentru șase luni. Nu se acordă automat: cererea se face prin "
            "poliție. În această perioadă ai dreptul la un avocat, la o locuință sigură, la "
            "bani pentru trai, la îngrijirea medicală necesară și la muncă."
        ),
        "contacts_title": "Unde poți primi ajutor",
        "lines": [
            "Ești în pericol acum? Sună la poliție:",
            "ROSA ajută adulții (de la 18 ani), zi și noapte:",
            "Pentru copii și tineri sub 18 ani:",
            "Trimite o informație poliției. Poți rămâne anonim:",
        ],
    },
    {
        "language_code": "lt",
        "language_name": "Lietuvių",
        "unreviewed_notice": (
            "Šis puslapis išverstas iš norvegų kalbos. Gimtakalbis jo dar nepatikrino."
        ),
        "title": "Pagalba Norvegijoje",
        "lead": "Galbūt esate prekybos žmonėmis auka. Norvegijoje galite gauti pagalbą.",
        "signs_title": "Galbūt esate prekybos žmonėmis auka, jei:",
        "signs": (
            "Kažkas kontroliuoja, kur einate, su kuo kalbate, arba jūsų pinigus.\n"
            "Kažkas paėmė jūsų pasą ar asmens dokumentus.\n"
            "Dirbate labai ilgai ir gaunate mažai pinigų arba visai negaunate.\n"
            "Jums sako, kad esate skolingi ir turite skolą atidirbti.\n"
            "Grasinama jums arba jūsų šeimai."
        ),
        "rights_title": "Norvegijoje turite teises",
        "rights": (
            "Turite teises, net jei neturite dokumentų.\n\n"
            "Jei nesate Norvegijos pilietis ir galbūt esate auka, jums gali būti suteiktas "
            "apmąstymų laikotarpis (refleksjonsperiode): leidimas gyventi ir dirbti "
            "Norvegijoje šešis mėnesius. Jis nesuteikiamas automatiškai: prašymą reikia "
            "pateikti per policiją. Šiuo laikotarpiu turite teisę į advokatą, saugų būstą, "
            "pinigų pragyvenimui, būtiną sveikatos priežiūrą ir darbą."
        ),
        "contacts_title": "Kur gauti pagalbos",
        "lines": [
            "Esate pavojuje? Skambinkite policijai:",
            "ROSA padeda suaugusiesiems (nuo 18 metų) visą parą:",
            "Vaikams ir jaunuoliams iki 18 metų:",
            "Praneškite policijai. Galite likti anonimiški:",
        ],
    },
    {
        "language_code": "bg",
        "language_name": "Български",
        "unreviewed_notice": (
            "Тази страница е преведена от норвежки. Все още не е проверена от носител на езика."
        ),
        "title": "Помощ в Норвегия",
        "lead": "Може да сте жертва на трафик на хора. В Норвегия можете да получите помощ.",
        "signs_title": "Може да сте жертва на трафик на хора, ако:",
        "signs": (
            "Някой контролира къде ходите, с кого говорите или парите ви.\n"
            "Някой е взел паспорта или документите ви за самоличност.\n"
            "Работите много дълго и получавате малко пари или нищо.\n"
            "Казват ви, че имате дълг, който трябва да изработите.\n"
            "Заплашват вас или семейството ви."
        ),
        "rights_title": "Имате права в Норвегия",
        "rights": (
            "Имате права, дори ако нямате документи.\n\n"
            "Ако не сте норвежки гражданин и може да сте жертва, може да ви бъде даден период "
            "за размисъл (refleksjonsperiode): разрешение да живеете и работите в Норвегия за "
            "шест месеца. Той не се дава автоматично: кандидатствате чрез полицията. През това "
            "време имате право на адвокат, безопасно жилище, пари за живот, необходимите "
            "здравни грижи и работа."
        ),
        "contacts_title": "Къде да получите помощ",
        "lines": [
            "В опасност ли сте? Обадете се на полицията:",
            "ROSA помага на възрастни (от 18 години) денонощно:",
            "За деца и младежи под 18 години:",
            "Подайте сигнал на полицията. Можете да останете анонимни:",
        ],
    },
    {
        "language_code": "uk",
        "language_name": "Українська",
        "unreviewed_notice": "Цю сторінку перекладено з норвезької. Носій мови її ще не перевірив.",
        "title": "Допомога в Норвегії",
        "lead": (
            "Можливо, ви стали жертвою торгівлі людьми. У Норвегії ви можете отримати допомогу."
        ),
        "signs_title": "Можливо, ви стали жертвою торгівлі людьми, якщо:",
        "signs": (
            "Хтось контролює, куди ви ходите, з ким говорите, або ваші гроші.\n"
            "Хтось забрав ваш паспорт або документи.\n"
            "Ви працюєте дуже довго і отримуєте мало грошей або нічого.\n"
            "Вам кажуть, що у вас є борг, який треба відпрацювати.\n"
            "Вам або вашій родині погрожують."
        ),
        "rights_title": "У вас є права в Норвегії",
        "rights": (
            "У вас є права, навіть якщо у вас немає документів.\n\n"
            "Якщо ви не громадянин Норвегії і, можливо, стали жертвою, вам можуть надати "
            "період для роздумів (refleksjonsperiode): дозвіл жити й працювати в Норвегії "
            "протягом шести місяців. Його надають не автоматично: заяву подають через "
            "поліцію. У цей час ви маєте право на адвоката, безпечне житло, гроші на життя, "
            "необхідну медичну допомогу та роботу."
        ),
        "contacts_title": "Де отримати допомогу",
        "lines": [
            "Вам загрожує небезпека? Телефонуйте в поліцію:",
            "ROSA допомагає дорослим (від 18 років) цілодобово:",
            "Для дітей і молоді до 18 років:",
            "Повідомте поліцію. Ви можете залишитися анонімними:",
        ],
    },
    {
        "language_code": "vi",
        "language_name": "Tiếng Việt",
        "unreviewed_notice": (
            "Trang này được dịch từ tiếng Na Uy. Người bản ngữ chưa kiểm tra bản dịch."
        ),
        "title": "Trợ giúp tại Na Uy",
        "lead": (
            "Có thể bạn là nạn nhân của nạn buôn người. Ở Na Uy, bạn có thể nhận được sự giúp đỡ."
        ),
        "signs_title": "Có thể bạn là nạn nhân của nạn buôn người nếu:",
        "signs": (
            "Có người kiểm soát nơi bạn đi, người bạn nói chuyện, hoặc tiền của bạn.\n"
            "Có người đã lấy hộ chiếu hoặc giấy tờ tùy thân của bạn.\n"
            "Bạn làm việc rất nhiều giờ và được trả rất ít hoặc không được trả tiền.\n"
            "Người ta nói bạn đang nợ và phải làm việc để trả nợ.\n"
            "Bạn hoặc gia đình bạn bị đe dọa."
        ),
        "rights_title": "Bạn có quyền lợi ở Na Uy",
        "rights": (
            "Bạn có quyền lợi ngay cả khi không có giấy tờ.\n\n"
            "Nếu bạn không phải là công dân Na Uy và có thể là nạn nhân, bạn có thể được cấp "
            "thời gian suy nghĩ (refleksjonsperiode): giấy phép ở lại và làm việc tại Na Uy "
            "trong sáu tháng. Giấy phép này không được cấp tự động: bạn nộp đơn qua cảnh sát. "
            "Trong thời gian này, bạn có quyền có luật sư, nơi ở an toàn, tiền để sinh sống, "
            "chăm sóc y tế cần thiết và được làm việc."
        ),
        "contacts_title": "Nơi nhận trợ giúp",
        "lines": [
            "Đang gặp nguy hiểm? Hãy gọi cảnh sát:",
            "ROSA giúp người lớn (từ 18 tuổi), cả ngày lẫn đêm:",
            "Dành cho trẻ em và thanh thiếu niên dưới 18 tuổi:",
            "Báo tin cho cảnh sát. Bạn có thể giấu tên:",
        ],
    },
    {
        "language_code": "es",
        "language_name": "Español",
        "unreviewed_notice": (
            "Esta página está traducida del noruego. Todavía no la ha revisado una persona nativa."
        ),
        "title": "Ayuda en Noruega",
        "lead": (
            "Es posible que seas víctima de trata de personas. En Noruega puedes recibir ayuda."
        ),
        "signs_title": "Es posible que seas víctima de trata de personas si:",
        "signs": (
            "Alguien controla adónde vas, con quién hablas o tu dinero.\n"
            "Alguien te ha quitado el pasaporte o tus documentos de identidad.\n"
            "Trabajas muchísimas horas y te pagan poco o nada.\n"
            "Te dicen que tienes una deuda que debes pagar trabajando.\n"
            "Te amenazan a ti o a tu familia."
        ),
        "rights_title": "Tienes derechos en Noruega",
        "rights": (
            "Tienes derechos aunque no tengas papeles.\n\n"
            "Si no tienes la nacionalidad noruega y puedes ser víctima, se te puede conceder "
            "un periodo de reflexión (refleksjonsperiode): un permiso para vivir y trabajar en "
            "Noruega durante seis meses. No se concede automáticamente: se solicita a través "
            "de la policía. Durante ese tiempo tienes derecho a un abogado, a una vivienda "
            "segura, a dinero para vivir, a la atención sanitaria necesaria y a trabajar."
        ),
        "contacts_title": "Dónde pedir ayuda",
        "lines": [
            "¿Estás en peligro ahora? Llama a la policía:",
            "ROSA ayuda a personas adultas (18 años o más), día y noche:",
            "Para niños, niñas y jóvenes menores de 18 años:",
            "Informa a la policía. Puedes hacerlo de forma anónima:",
        ],
    },
]

for _order, _card in enumerate(_CARDS, start=1):
    _key = f"helpcard-{_card['language_code']}"
    SEED.append(
        (
            _key,
            "contacts.HelpCard",
            {
                **{field: value for field, value in _card.items() if field != "lines"},
                "is_reviewed": False,
                "editor_note": (
                    "Translated from the Norwegian by the developer, not by a native speaker. "
                    "Have a native speaker check it, then tick 'checked by a native speaker'."
                ),
                "sort_order": _order * 10,
            },
        )
    )
    for _line_order, (_contact, _label) in enumerate(
        zip(_CARD_CONTACTS, _card["lines"], strict=True), start=1
    ):
        SEED.append(
            (
                f"{_key}-{_contact}",
                "contacts.HelpCardLine",
                {
                    "card": _key,
                    "contact": f"contact-{_contact}",
                    "label": _label,
                    "sort_order": _line_order * 10,
                },
            )
        )
