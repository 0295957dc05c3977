# A mixed Dutch/English public group, two weeks. Labels: see README.md.
from fixturegen import m, svc

C, K, M, A, T, G, N, W, P, L = ('cocaine', 'ketamine', 'MDMA', 'amphetamine', 'methamphetamine', 'GHB',
                                'nitrous oxide', 'cannabis', 'psilocybin', 'LSD')
ADM = 'Mod | Randstad Markt'
BOT = 'Rose 🌹'
COCO = 'Coco Loco 020 ❄️'
PIL = 'PillenPaleis 💊'
GREEN = 'Green Dutch Connect 🌿'
GAS = 'Lachgas Lijn 010 🎈'
KAP = 'Keta Kapitein 🐴'
LAB = 'ChemLab NL 🧪'
UK = 'UK2NL Plug 🇬🇧'
TINA = 'T&G Express'
PAD = 'Paddo Pieter 🍄'
BIG = 'Big Deals Wholesale 📦'
SNW = 'Sneeuwwitje 💎'


def coco(p1, p5, extra=''):
    return (f'🔥 NIEUW 🔥 **COCO LOCO 020**\n\n❄️ Cola (90% pure) 1g {p1} | 2g {p1 * 2 - 10} | 5g {p5}\n🐴 Keta shards 1g 30 | 5g 130\n'
            f'{extra}\n🛵 Bezorging Amsterdam, Amstelveen, Diemen 24/7\n📲 @cocoloco020 of Signal 06 48 17 22 90')


def pillen(price10, note=''):
    return (f'💊💊 PILLENPALEIS 💊💊\n\n🟠 Oranje Rolex 260mg ➡️ 10x €{price10} | 25x €{price10 * 2 + 5} | 100x €{price10 * 6}\n'
            f'🔵 Blue Tesla 240mg ➡️ 10x €{price10 - 5}\n💎 Molly kristal 1g €25 | 5g €100\n🌸 2C-B 25mg 10x €55\n{note}\n'
            f'📦 Track&trace heel NL, BE op aanvraag\n👉 t.me/pillenpaleis_menu')


def green(extra_line=''):
    return ('🌿🌿 GREEN DUTCH CONNECT 🌿🌿\nTop shelf weed, fresh from the grower\n\n'
            '🍋 Lemon Haze 5g €45 | 10g €80 | 28g €200\n🍇 Purple Kush 5g €50 | 10g €90\n❄️ White Widow 10g €75\n'
            f'🍫 Moroccan hash 10g €60\n🍪 Edibles 200mg €15\n{extra_line}\n🚚 Delivery Utrecht & Amersfoort | 🇬🇧🇳🇱 spoken')


def gas(tank):
    return (f'🎈 LACHGAS LIJN 010 🎈\n\nTank 2kg (Fast Gas) €{tank}\n2 tanks €{tank * 2 - 10}\nTank 3,3kg €{tank + 25}\n'
            'Ballonnen gratis erbij 🎈🎈\n\n⏰ 18:00 - 04:00 | Rotterdam, Schiedam, Capelle\nBel/app 06 21 33 48 57')


def kap(k5):
    return (f'🐴🐴 KETA KAPITEIN 🐴🐴\nK naalden 💉 1g 25 | 5g {k5} | 10g {k5 * 2 - 20}\n'
            'Pep/speed pasta 🚀 10g 40 | 50g 150\nDen Haag + 070 regio, ook Leiden\nDM @ketakapitein')


def lab(mmc):
    return (f'🧪 CHEMLAB NL 🧪 research chemicals\n\n3-MMC kristal 5g €{mmc} | 10g €{mmc * 2 - 15} | 50g €{mmc * 6}\n'
            '2-FDCK 5g €85\n4-FA 1g €15 | 5g €55\n2C-B HCl 1g €70\n1P-LSD 150mcg 10x €45\n\n'
            'Verzending NL/BE/DE, stealth 📦 BTC/XMR')


MESSAGES = [
    svc('create_group', ADM, title='Randstad Markt', members=[ADM]),
    svc('edit_group_title', ADM, title='Randstad Markt 🇳🇱 NL/EN'),
    m(ADM, '📌 HUISREGELS / RULES\n\n🇳🇱 1 advertentie per 4 uur, geen vooruitbetaling zonder escrow, geen minderjarigen.\n'
           '🇬🇧 1 ad per 4 hours, no upfront payment without escrow, no minors.\n\nOvertreding = ban. Meld scams bij @randstadmod',
      'other', tag='rules'),
    svc('pin_message', ADM, message_id=3),
    svc('join_group_by_link', 'Jasper'),
    svc('join_group_by_link', 'Femke'),
    m(BOT, '👋 Welkom Jasper! Lees de regels in de pin voordat je post.', 'other'),
    m(BOT, '👋 Welkom Femke! Lees de regels in de pin voordat je post.', 'other'),
    m(COCO, coco(60, 270, '💨 Pep 10g 35'), 'offer', f'{C};{K};{A}', tag='coco', media='photo'),
    m('Jasper', 'yo wie heeft er sneeuw in de buurt van Diemen? vanavond nog', 'request', C),
    m(COCO, 'check je dm 📩', 'other'),
    m(PIL, pillen(40), 'offer', f'{M};2C-B', tag='pil', media='photo'),
    m('Femke', 'Heeft iemand ervaring met de Oranje Rolex? hoeveel mg is echt veilig voor een vrouw van 60kg?', 'other'),
    m('Rick B', 'begin met een kwart en wacht 1,5 uur, niet bijnemen binnen een uur', 'other'),
    m('Noah', 'WTB 5g keta, Utrecht area, cash on delivery only', 'request', K),
    m(GREEN, green(), 'offer', W, tag='green', media='photo'),
    m('mike_ldn', 'anyone know a legit plug for molly in amsterdam? over for ADE next week', 'request', M),
    m(PIL, 'Ja wij bezorgen in Amsterdam, DM ons 👍', 'offer'),
    m('Yara', 'Zoekende naar lachgas tank Rotterdam Zuid, wie kan nu leveren?', 'request', N),
    m(GAS, gas(45), 'offer', N, tag='gas'),
    m('Bas', 'goedemorgen mensen ☕', 'other'),
    svc('join_group_by_link', 'Chantal'),
    m(BOT, '👋 Welkom Chantal! Lees de regels in de pin voordat je post.', 'other'),
    m(KAP, kap(110), 'offer', f'{K};{A}', tag='kap', media='photo'),
    m('Ahmed', 'Iemand die speed heeft in Den Haag? 10 gram', 'request', A),
    m(KAP, 'Ja broer stuur dm', 'offer'),
    m('Chantal', '⚠️ SCAM ⚠️ @coco_loco_020 (met underscores!) is een nep account van Coco Loco. 80 euro betaald via Tikkie, niks gekregen. Echte is @cocoloco020',
      'other'),
    m(ADM, 'Dank, nep account geblokkeerd ✅', 'other'),
    m(LAB, lab(55), 'offer', '3-MMC;2-FDCK;4-FA;2C-B;1P-LSD', tag='lab'),
    m('Lotte', 'Is 3mmc nog legaal in NL? Vraag me af of je er problemen mee kan krijgen bij de post', 'other'),
    m('Rick B', 'Nee sinds 2021 op lijst 2, dus gewoon illegaal', 'other'),
    m('Tim', 'hoeveel betalen jullie tegenwoordig voor een gram coke? hier 70 dat is toch belachelijk', 'other'),
    m('Bas', 'in 020 is 50-60 normaal', 'other'),
    m(UK, '🇬🇧 UK2NL PLUG 🇬🇧\nBulk & retail, serious buyers only\n\n❄️ Colombian flake 1kg €27k | 100g €3200\n💎 MDMA champagne 1kg €5500\n'
          '💊 Pills 1000x €850 | 5000x €3900\n\nMeet in Rotterdam or Antwerp, samples available 🤝\nThreema: UK2NL77', 'offer', f'{C};{M}',
      tag='uk'),
    m('sven1988', 'looking for a G supplier in Eindhoven, need 500ml', 'request', G),
    m(TINA, '💧 G 💧 500ml €70 | 1L €120\n🧊 Tina 0,5g €45 | 1g €80\nAlleen Eindhoven/Helmond, bezorging na 20:00', 'offer', f'{G};{T}',
      tag='tina'),
    m(PAD, '🍄 PADDO PIETER 🍄\nVerse truffels & shrooms\n\n🍄 Tampanensis 15g €18\n🍄 Atlantis 15g €20\n🍄 Golden Teacher droog 5g €35\n'
           '🌈 LSD 200ug blotter 10x €70\n\nVerzending heel NL 📦 binnen 48u', 'offer', f'{P};{L}', tag='pad', media='photo'),
    m('Femke', 'Wie heeft er truffels, liefst Utrecht?', 'request', P),
    m(PAD, 'wij verzenden naar utrecht 👌', 'offer'),
    svc('join_group_by_link', 'Daan'),
    m(BOT, '👋 Welkom Daan! Lees de regels in de pin voordat je post.', 'other'),
    m('Daan', 'Verkoop 2 tickets voor Awakenings zaterdag, 90 per stuk, dm', 'other'),
    m('Jasper', 'lol verkeerde groep', 'other'),
    m(BIG, '📦 BIG DEALS WHOLESALE 📦\nAlleen groot: kilo\'s en 1000+ pillen\n\n❄️ Coke 1kg 28.500\n🚀 Speed pasta 1kg 2.200\n'
           '💊 XTC 1000x 900 | 10.000x 8000\n🌿 Wiet Amnesia 1kg 4800\n\nAfspraak Brabant of Limburg, geen kleine hoeveelheden',
      'offer', f'{C};{A};{M};{W}', tag='big'),
    m(SNW, '💎 SNEEUWWITJE 💎\n\n❄️ Sneeuw 1g 60 | 2g 110 | 5g 260\n🐴 Keta 1g 30 | 5g 120\n\n🛵 Amsterdam Zuid & Oost, 12:00 - 03:00\n📲 @sneeuwwitje_ams',
      'offer', f'{C};{K}', tag='snw', media='photo'),
    m(COCO, coco(55, 260, '💨 Pep 10g 35'), 'offer', f'{C};{K};{A}', dup='coco', media='photo'),
    m('Chantal', 'Coco Loco is legit btw, 3x besteld, altijd netjes 🙏 vouch', 'other'),
    m('Noah', 'nog steeds op zoek naar keta in utrecht, iemand?', 'request', K),
    m(KAP, 'Utrecht niet sorry, alleen 070', 'other'),
    m(PIL, pillen(40, '🔥 NIEUW: Pink Punisher 290mg 10x €50'), 'offer', f'{M};2C-B', dup='pil', media='photo'),
    m('mike_ldn', 'need ket in amsterdam tonight, anyone?', 'request', K),
    m(SNW, 'yes we deliver, dm @sneeuwwitje_ams', 'offer'),
    m('Yara', 'Hoe lang blijft lachgas eigenlijk goed in zo\'n tank?', 'other'),
    m(GAS, 'Jaren, zolang hij dicht is 👍', 'other'),
    m(ADM, 'Herinnering: GEEN vooruitbetaling zonder escrow. Admins sturen nooit als eerste een DM.', 'other'),
    m('Lotte', '', 'other', media='sticker', emoji='😂'),
    m(GREEN, green('🆕 Gelato 5g €55'), 'offer', W, dup='green', media='photo'),
    m('Tim', 'Wie kan er vandaag nog 2 gram coke brengen in Haarlem? cash', 'request', C),
    m(KAP, kap(110), 'offer', f'{K};{A}', dup='kap', media='photo'),
    m('Ahmed', 'Kan iemand mij helpen, wat is het verschil tussen pep en speed?', 'other'),
    m('Bas', 'is hetzelfde man 😂', 'other'),
    m(LAB, lab(50), 'offer', '3-MMC;2-FDCK;4-FA;2C-B;1P-LSD', dup='lab'),
    m('Femke', 'Drugs Check: laat je pillen testen!', 'other', fwd='Drugs Check NL'),
    m('Femke', '🚨 Waarschuwing: blauwe Tesla pillen met 2C-B en hoge dosis MDMA aangetroffen in Zuid-Holland. Testen kan anoniem bij de testservice.',
      'other', fwd='Drugs Check NL'),
    m('Rick B', 'dank voor het delen 🙏', 'other'),
    m(UK, 'Bulk only. Colombian flake 1kg €27k, MDMA 1kg €5500, pills 1000x €850. Rotterdam/Antwerp. Threema UK2NL77', 'offer', f'{C};{M}'),
    m('sven1988', 'is UK2NL legit? anyone done business with them?', 'other'),
    m('Chantal', 'geen idee, zou oppassen met die bulk gasten', 'other'),
    m(TINA, '💧 G 💧 500ml €70 | 1L €120\n🧊 Tina 0,5g €45 | 1g €80\nAlleen Eindhoven/Helmond, bezorging na 20:00', 'offer', f'{G};{T}',
      dup='tina'),
    m('Daan', 'Ik zoek molly voor zaterdag, 2 gram, Utrecht of Zeist', 'request', M),
    m('Jasper', 'waar kan ik hier lsd kopen? nooit eerder gedaan', 'request', L),
    m('Rick B', 'eerst goed inlezen op drugsinfo voordat je lsd neemt 🙏', 'other'),
    m(PAD, '🍄 PADDO PIETER 🍄\nVerse truffels & shrooms\n\n🍄 Tampanensis 15g €18\n🍄 Atlantis 15g €20\n🍄 Golden Teacher droog 5g €35\n'
           '🌈 LSD 200ug blotter 10x €65\n\nVerzending heel NL 📦 binnen 48u', 'offer', f'{P};{L}', dup='pad', media='photo'),
    m('Lotte', '', 'other', media='poll', question='Wat gebruik je op een festival?', answers=['XTC', 'Keta', 'Niks', 'Alleen bier']),
    m('Lotte', '', 'other', media='poll', question='Beste bezorger in 020?', answers=['Coco Loco', 'Sneeuwwitje', 'Anders']),
    m(BIG, '📦 BIG DEALS WHOLESALE 📦\nAlleen groot: kilo\'s en 1000+ pillen\n\n❄️ Coke 1kg 28.000\n🚀 Speed pasta 1kg 2.200\n'
           '💊 XTC 1000x 900 | 10.000x 8000\n🌿 Wiet Amnesia 1kg 4800\n\nAfspraak Brabant of Limburg, geen kleine hoeveelheden',
      'offer', f'{C};{A};{M};{W}', dup='big'),
    m('Ahmed', 'iemand nog pillen over voor vanavond? Den Haag', 'request', M),
    m(PIL, 'Den Haag bezorgen we morgen, bestel voor 16:00 👍', 'offer'),
    m('Noah', 'kan iemand K leveren in Utrecht??', 'request', K),
    m(COCO, coco(55, 260, '💨 Pep 10g 35\n🎁 Bij 5g een gratis gram!'), 'offer', f'{C};{K};{A}', dup='coco', media='photo'),
    m('Tim', 'top service van coco, binnen 30 min 👌', 'other'),
    svc('remove_members', ADM, members=['scammer_acc']),
    m(ADM, 'Account verwijderd na 3 scam meldingen. Blijf alert!', 'other'),
    m(GAS, gas(45), 'offer', N, dup='gas'),
    m('Yara', 'Dank! besteld bij lachgas lijn, netjes geleverd', 'other'),
    m('mike_ldn', 'bro how much is a g of coke usually in amsterdam? dont wanna get ripped off', 'other'),
    m('Bas', '50-60 mate', 'other'),
    m(SNW, '💎 SNEEUWWITJE 💎\n\n❄️ Sneeuw 1g 60 | 2g 110 | 5g 250\n🐴 Keta 1g 30 | 5g 120\n\n🛵 Amsterdam Zuid & Oost, 12:00 - 03:00\n📲 @sneeuwwitje_ams',
      'offer', f'{C};{K}', dup='snw', media='photo'),
    m('Femke', 'Is het gevaarlijk om keta en alcohol te combineren?', 'other'),
    m('Rick B', 'ja, niet doen. kans op flauwvallen en stikken', 'other'),
    m(LAB, '3-MMC weer op voorraad 💎 ook 4-MMC binnenkort', 'offer', '3-MMC;4-MMC'),
    m('Lotte', 'iemand 4mmc? kan ophalen in Leiden', 'request', '4-MMC'),
    m(LAB, 'we verzenden, dm', 'offer'),
    m('Jasper', 'wtf is het stil hier vandaag', 'other'),
    m('Daan', 'iedereen nog brak van het weekend 😵', 'other'),
    m(KAP, 'Vandaag geen bezorging, auto kapot 🙏 morgen weer', 'other'),
    m(GREEN, '🌿 GREEN DUTCH CONNECT 🌿\nNew strains in: Gelato, Zkittlez, Wedding Cake 🎂\n5g €50 | 10g €90\nDelivery Utrecht & Amersfoort',
      'offer', W),
    m('Chantal', 'Let op mensen: er gaat een nep "Green Dutch" rond die om Bitcoin vooraf vraagt, niet doen!!', 'other'),
    m(GREEN, 'We never ask upfront payment. Only this account is real ✅', 'other'),
    m('sven1988', 'WTB 10 pills, Eindhoven, tonight. Pay cash', 'request', M),
    m(TINA, 'we have, dm', 'offer'),
    svc('join_group_by_link', 'Kevin'),
    m(BOT, '👋 Welkom Kevin! Lees de regels in de pin voordat je post.', 'other'),
    m('Kevin', 'Zoek iemand met ketamine in Nijmegen of Arnhem', 'request', K),
    m('Kevin', 'of speed is ook goed', 'request', A),
    m(PIL, pillen(35, '🔥 NIEUW: Pink Punisher 290mg 10x €50'), 'offer', f'{M};2C-B', dup='pil', media='photo'),
    m('Noah', 'pillenpaleis is echt goed spul, getest bij de testservice: 240mg zoals beloofd', 'other'),
    m(ADM, '📌 HUISREGELS / RULES\n\n🇳🇱 1 advertentie per 4 uur, geen vooruitbetaling zonder escrow, geen minderjarigen.\n'
           '🇬🇧 1 ad per 4 hours, no upfront payment without escrow, no minors.\n\nOvertreding = ban. Meld scams bij @randstadmod', 'other'),
    m('Ahmed', 'wat kost hier een tank lachgas meestal?', 'other'),
    m(GAS, '45 bij ons, 2kg', 'offer', N),
    m('Tim', '', 'other', media='photo'),
    m('Tim', 'wat is dit voor pil iemand? gevonden in mijn jas na het weekend', 'other', media='photo'),
    m('Rick B', 'laat testen, niet zomaar nemen', 'other'),
    m(COCO, '⚠️ Pas op voor @coco_loco_020 en @cocoloco_020, dat zijn NIET wij. Enige echte: @cocoloco020', 'other'),
    m('Daan', 'Mensen die op zoek zijn naar goede truffels: Paddo Pieter is top, vouch 🍄', 'other'),
    m(PAD, 'Dank Daan 🙏', 'other'),
    m('mike_ldn', 'any plug for 2cb in amsterdam? or 4-fa', 'request', '2C-B;4-FA'),
    m(LAB, '2C-B HCl 1g €70, 4-FA 5g €55. Shipping from NL, dm', 'offer', '2C-B;4-FA'),
    m(BIG, 'Nieuwe lading binnen 🚢 alleen kilo\'s, serieuze aanvragen via Threema BDW889', 'offer'),
    m('Femke', 'zijn er hier ook mensen die naar Lowlands gaan?', 'other'),
    m('Lotte', 'ja! 🙋‍♀️', 'other'),
    m(UK, '🇬🇧 UK2NL PLUG 🇬🇧\nBulk & retail, serious buyers only\n\n❄️ Colombian flake 1kg €26.5k | 100g €3100\n💎 MDMA champagne 1kg €5500\n'
          '💊 Pills 1000x €850 | 5000x €3900\n\nMeet in Rotterdam or Antwerp, samples available 🤝\nThreema: UK2NL77', 'offer', f'{C};{M}',
      dup='uk'),
    m(KAP, kap(100), 'offer', f'{K};{A}', dup='kap', media='photo'),
    m('Jasper', 'zoek coke in amsterdam oost, wie bezorgt er nu?', 'request', C),
    m(SNW, 'Wij! dm 📲', 'offer'),
    m(COCO, 'Wij ook, binnen 30 min 🛵', 'offer'),
    m('Yara', 'haha de concurrentie 😂', 'other'),
    m(ADM, 'Let op: reclame voor andere groepen is verboden. Links worden verwijderd.', 'other'),
    m('Kevin', 'Weet iemand of keta slecht is voor je blaas? lees er veel over', 'other'),
    m('Rick B', 'ja bij veel gebruik, echt oppassen', 'other'),
    m(TINA, '🧊 Tina 1g €80 | 💧 G 1L €120 | 🔥 NIEUW: GBL 1L €90\nEindhoven/Helmond na 20:00', 'offer', f'{T};{G};GBL'),
    m(GREEN, green('🆕 Gelato 5g €55'), 'offer', W, dup='green', media='photo'),
    m('sven1988', 'ok found a plug, thanks all', 'other'),
    m(LAB, lab(50), 'offer', '3-MMC;2-FDCK;4-FA;2C-B;1P-LSD', dup='lab', edited=True),
    m('Noah', 'iemand een tip voor een goede bezorger van wiet in Amersfoort?', 'request', W),
    m(GREEN, 'we deliver to Amersfoort 🚚', 'offer'),
    m(PIL, '🎉 WEEKEND DEAL 🎉\n50 Oranje Rolex voor €120\nAlleen zaterdag en zondag, op = op!', 'offer', M),
    m('Bas', 'die deal is echt goed', 'other'),
    m(PAD, '🍄 PADDO PIETER 🍄\nVerse truffels & shrooms\n\n🍄 Tampanensis 15g €18\n🍄 Atlantis 15g €20\n🍄 Golden Teacher droog 5g €35\n'
           '🌈 LSD 200ug blotter 10x €65\n🆕 Mescaline cactus stekken €25\n\nVerzending heel NL 📦 binnen 48u', 'offer',
      f'{P};{L};mescaline', dup='pad', media='photo'),
    m('Chantal', 'Zoek iemand die GHB heeft in Rotterdam, 100ml', 'request', G),
    m('Chantal', 'of G, maakt niet uit', 'request', G),
    m('Daan', 'Dat is hetzelfde 😂', 'other'),
    svc('join_group_by_link', 'Mo'),
    m(BOT, '👋 Welkom Mo! Lees de regels in de pin voordat je post.', 'other'),
    m('Mo', 'Hallo allemaal, ik ben nieuw hier. Hoe werkt het?', 'other'),
    m(ADM, 'Welkom, lees de pin. Verkopers posten menu\'s, jij stuurt ze een dm.', 'other'),
    m(GAS, gas(40), 'offer', N, dup='gas'),
    m('Mo', 'Zoek 3 tanks lachgas voor een feestje zaterdag in Capelle', 'request', N),
    m(GAS, 'Kan, dm 👍', 'offer'),
    m(SNW, '💎 SNEEUWWITJE 💎 weekend actie\n❄️ 5g 240 i.p.v. 260\n🐴 10g keta 200\nAlleen zaterdag!', 'offer', f'{C};{K}'),
    m(COCO, coco(55, 250, '💨 Pep 10g 30'), 'offer', f'{C};{K};{A}', dup='coco', media='photo'),
    m('Tim', 'wie kan me helpen aan mandy? 1g Haarlem', 'request', M),
    m('Kevin', 'Iemand een nuchtere chauffeur nodig voor Awakenings? Rij vanuit Nijmegen, 2 plekken vrij', 'other'),
    m('Lotte', 'Hoe lang moet je wachten tussen twee keer xtc? 3 maanden zeggen ze toch?', 'other'),
    m('Rick B', 'ja minstens, je serotonine moet herstellen', 'other'),
    m(UK, 'Retail now also available in Amsterdam: ❄️ 1g €65 | 3.5g €200\nDM for the menu 🇬🇧', 'offer', C),
    m(BIG, '📦 BIG DEALS WHOLESALE 📦\nAlleen groot: kilo\'s en 1000+ pillen\n\n❄️ Coke 1kg 28.000\n🚀 Speed pasta 1kg 2.000\n'
           '💊 XTC 1000x 850 | 10.000x 7500\n🌿 Wiet Amnesia 1kg 4800\n\nAfspraak Brabant of Limburg, geen kleine hoeveelheden',
      'offer', f'{C};{A};{M};{W}', dup='big'),
    m(ADM, 'Deze groep gaat 1 dag dicht voor onderhoud. Tot morgen 👋', 'other'),
    m('Jasper', 'goedenacht allemaal', 'other'),
    m('Noah', '', 'other', media='sticker', emoji='🌙'),
]
