# Three public channels' newest preview pages. Labels: see README.md.
from fixturegen import m, svc

C, K, M, A, T, G, N, W, P, L = ('cocaine', 'ketamine', 'MDMA', 'amphetamine', 'methamphetamine', 'GHB',
                                'nitrous oxide', 'cannabis', 'psilocybin', 'LSD')

TRIP_MENU = ('🌈 DE TRIPKELDER 🌈 weekmenu\n\n🍄 Truffels Mexicana 15g 15 | 3x 40\n🍄 Hollandia 15g 20\n🍭 LSD 100ug 5x 30 | 10x 55\n'
             '🌸 2CB 20mg 10 stuks 50\n🐸 DMT 0,5g 75\n\nVerzenden door heel NL 📦 | ophalen Utrecht\n📩 Bestellen: @tripkelder_bestel')
TRIP = [
    svc('Channel photo updated'),
    m('', 'Welkom in De Tripkelder 🌈\nPsychedelica met liefde verzorgd. Bestellen via @tripkelder_bestel', 'offer'),
    m('', TRIP_MENU, 'offer', f'{P};{L};2C-B;DMT', tag='menu', media='photo'),
    m('', 'Tripsitter tip: spreek van tevoren een stopwoord af en zorg voor water en fruit 🍉', 'other'),
    m('', '🆕 NIEUW BINNEN 🆕\nMescaline HCl 100mg caps 5x 60\n4-AcO-DMT 20mg 10x 70\nBeperkte voorraad!', 'offer', 'mescaline;4-AcO-DMT'),
    m('', '', 'other', media='sticker'),
    m('', 'Vandaag geen verzending, PostNL staakt 📭 morgen weer', 'other'),
    m('', TRIP_MENU.replace('10x 55', '10x 50'), 'offer', f'{P};{L};2C-B;DMT', dup='menu', media='photo'),
    m('', 'Review van een klant: "Netjes verpakt en binnen 2 dagen in huis, top trip gehad" 🙏', 'other'),
    m('', '⚠️ Waarschuwing: er zijn sterke LSD blotters (250ug+) in omloop, begin met een halve!', 'other',
      fwd=('Drugs Check NL', 'drugscheck_nl/412')),
    m('', 'Microdosing pakket 🍄 truffels 30 doses €45\nInclusief schema en weegschaaltje', 'offer', P),
    m('', 'Vraag van een volger: kan je truffels en lithium combineren? ANTWOORD: NEE, nooit doen. Levensgevaarlijk.', 'other'),
    m('', TRIP_MENU.replace('10x 55', '10x 50').replace('🐸 DMT 0,5g 75', '🐸 DMT 0,5g 70 | 1g 130'), 'offer',
      f'{P};{L};2C-B;DMT', dup='menu', media='photo'),
    m('', 'Bedankt voor 2000 volgers 🎉🎉', 'other'),
]

BB_MENU = ('🚗 BRABANT BEZORGT 🚗\n040 | 013 | 073 | 076\n\n❄️ Coke 1g 55 / 5g 250\n🐴 Keta 1g 25 / 5g 110\n🚀 Pep 10g 30 / 50g 120\n'
           '💊 XTC 10x 30 / 100x 200\n🌿 Wiet 5g 45\n💨 Lachgas tank 40\n\nBestellen: @brabantbezorgt_app')
BB = [
    m('', BB_MENU, 'offer', f'{C};{K};{A};{M};{W};{N}', tag='menu', media='photo'),
    m('', 'Vandaag bezorgen we tot 04:00 in Eindhoven en Tilburg 🚗💨', 'offer'),
    m('', '📢 Nieuw: nu ook bezorging in Helmond en Oss!', 'offer'),
    m('', '❄️❄️ SNEEUWSTORM ACTIE ❄️❄️\n2g voor 100\n5g voor 230\nAlleen vandaag!', 'offer', C),
    m('', 'Wij zijn op zoek naar een betrouwbare chauffeur 🚗 regio 040, goed loon. Reageer via DM', 'other'),
    m('', BB_MENU.replace('1g 55 / 5g 250', '1g 50 / 5g 240'), 'offer', f'{C};{K};{A};{M};{W};{N}', dup='menu', media='photo'),
    m('', 'Let op: nep accounts gebruiken onze naam. Wij vragen NOOIT vooruitbetaling. Enige echte: @brabantbezorgt_app', 'other'),
    m('', '🎄 Fijne feestdagen allemaal! Tussen kerst en oud&nieuw gewoon open 🎆', 'other'),
    m('', '🔥 NIEUW 🔥\nTina 1g 70\nG 250ml 40\nDiscreet, alleen 040', 'offer', f'{T};{G}'),
    m('', '', 'other', media='photo'),
    m('', 'Klant: "Binnen 20 min in Tilburg, vriendelijke chauffeur" ⭐⭐⭐⭐⭐', 'other'),
    m('', BB_MENU.replace('1g 55 / 5g 250', '1g 50 / 5g 240').replace('💨 Lachgas tank 40', '💨 Lachgas tank 40 / 2 tanks 75'), 'offer',
      f'{C};{K};{A};{M};{W};{N}', dup='menu', media='photo'),
    m('', 'Pas op met de combinatie G en alcohol, elk jaar gaat het mis. Doseer met een spuitje, nooit op gevoel ❗', 'other'),
    m('', 'Storing bij de bestel-app, probeer het over een uur opnieuw 🙏', 'other'),
    m('', 'Kilo prijzen op aanvraag voor handelaren 📦 alleen serieuze vragen', 'offer'),
]

UK_MENU = ('🇬🇧 UKPLUG OFFICIAL 🇬🇧\n\n❄️ Coke 1g £70 | 3.5g £220 | 7g £400\n💎 MDMA 1g £40\n🐴 Ket 1g £35 | 5g £140\n'
           '🍃 Cali weed 3.5g £45 | 7g £80\n💊 Xanax bars 10x £30\n\nShipping UK wide 📮 next day\nOrder: @ukplug_orders')
UKP = [
    m('', UK_MENU, 'offer', f'{C};{M};{K};{W};alprazolam', tag='menu', media='photo', signature='Dan'),
    m('', 'Vouches from last week 👇 all delivered next day, zero seizures', 'other'),
    m('', '📦 Orders placed before 2pm ship today', 'offer'),
    m('', 'NEW IN 🔥 Blue Tesla pills 240mg 10x £45 | 50x £180', 'offer', M),
    m('', 'Harm reduction: never mix ket with alcohol or benzos, and always test your gear 🧪', 'other'),
    m('', UK_MENU.replace('3.5g £220', '3.5g £200'), 'offer', f'{C};{M};{K};{W};alprazolam', dup='menu', media='photo', signature='Dan'),
    m('', 'Closed Sunday for restock, back Monday 🙏', 'other'),
    m('', 'Wholesale now open: 1kg coke £30k, 1000 pills £1200. Serious buyers only, references needed', 'offer', f'{C};{M}'),
    m('', '', 'other', media='sticker'),
    m('', 'Who is going to Boomtown this year? 🎪', 'other'),
    m('', UK_MENU.replace('3.5g £220', '3.5g £200').replace('💊 Xanax bars 10x £30', '💊 Xanax bars 10x £25'), 'offer',
      f'{C};{M};{K};{W};alprazolam', dup='menu', media='photo', signature='Dan'),
    m('', '⚠️ Fake channels are copying our name. Only this channel and @ukplug_orders are real.', 'other'),
]

PAGES = [
    {'file': 'tripkelder', 'channel': 'tripkelder', 'title': 'De Tripkelder 🌈', 'subscribers': '2.1K', 'first_id': 140,
     'start': 1778900000, 'description': 'Psychedelica | verzending NL | bestellen @tripkelder_bestel', 'messages': TRIP},
    {'file': 'brabantbezorgt', 'channel': 'brabantbezorgt', 'title': 'Brabant Bezorgt 🚗', 'subscribers': '6.8K', 'first_id': 512,
     'start': 1779000000, 'description': 'Bezorging 040 013 073 076', 'messages': BB},
    {'file': 'ukplug', 'channel': 'ukplug_official', 'title': 'UKPLUG OFFICIAL', 'subscribers': '11K', 'first_id': 2301,
     'start': 1779100000, 'description': 'UK wide next day. Orders @ukplug_orders', 'messages': UKP},
]
