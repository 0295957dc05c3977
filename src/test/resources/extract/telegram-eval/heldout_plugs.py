# An English-speaking group of UK and Amsterdam sellers and tourists. Labels: see README.md.
from fixturegen import m, svc

C, K, M, A, T, G, N, W, P, L = ('cocaine', 'ketamine', 'MDMA', 'amphetamine', 'methamphetamine', 'GHB',
                                'nitrous oxide', 'cannabis', 'psilocybin', 'LSD')
ADM = 'admin ⚔️'
BOT = 'GroupGuard Bot'
DAM = 'DamDelivery 🚲'
LDN = 'LDN Charlie ☃️'
SHR = 'Mushroom Mike 🍄'
BZ = 'BenzoBoss'
RAV = 'RaveSupply 🎧'


def dam(g1):
    return (f'🚲 DAMDELIVERY 🚲 Amsterdam 24/7\n\n❄️ Charlie 1g €{g1} / 3g €{g1 * 3 - 20}\n💊 Pills (Blue Punisher) 5x €25 / 10x €45\n'
            '🐴 Ket 1g €35\n🍁 Weed & hash: ask for menu\n\n🕐 15-30 min anywhere inside the ring\n✉️ @damdelivery_bot')


def ldn(price):
    return (f'☃️☃️ LDN CHARLIE ☃️☃️\n\n🔥 Peruvian flake 1g £{price} | 2g £{price * 2 - 10} | 3.5g £{price * 3 + 20}\n'
            '🐴 Kitkat 1g £40\n💨 Balloons 10x £25\n\nZone 1-4, 10am-4am 🚗\nWhatsApp +44 7911 552310')


def shr(note=''):
    return ('🍄 MUSHROOM MIKE 🍄 EU shipping\n\nPsilocybe cubensis dried 10g €60 / 28g €140\nMagic truffles 15g €17\n'
            f'Microdose caps 20x €35\nLSD tabs 150ug 10x €60 / 50x €250\n{note}\nPayment: BTC, XMR, bank 🏦')


MESSAGES = [
    svc('create_group', ADM, title='London ⇄ AMS plugs', members=[ADM]),
    m(ADM, 'RULES 📜\n1) Vendors: one ad every 6h\n2) No prepay without escrow\n3) Scam reports need proof\n4) Be respectful\nBreak them = ban',
      'other'),
    svc('pin_message', ADM, message_id=2),
    svc('join_group_by_link', 'Jake'),
    m(BOT, 'Hi Jake, welcome! Please verify you are human by pressing the button below within 5 minutes.', 'other'),
    m('Jake', 'hey all, in amsterdam this weekend, anyone selling coke near dam square?', 'request', C),
    m(DAM, dam(70), 'offer', f'{C};{M};{K};{W}', tag='dam', media='photo'),
    m('Jake', 'dm sent 🙏', 'other'),
    m(LDN, ldn(80), 'offer', f'{C};{K};{N}', tag='ldn', media='photo'),
    m('Priya', 'need ket in east london asap, who can do 2g?', 'request', K),
    m(LDN, 'on it, dm', 'offer'),
    m('Ollie', 'Looking for shrooms, 14g, shipped to Manchester. Who ships?', 'request', P),
    m(SHR, shr(), 'offer', f'{P};{L}', tag='shr'),
    m('Ollie', 'is it safe to mix shrooms and weed? first time', 'other'),
    m('Priya', 'go easy on the weed, it can make the trip way more intense', 'other'),
    m(BZ, 'Xanax 2mg bars 💊 10x £30 / 50x £120 / 100x £200\nValium 10mg 28x £25\nUK next day, stealth 📦', 'offer', 'alprazolam;diazepam',
      tag='bz'),
    m('Sam', 'anyone got xans? need some to sleep lol', 'request', 'alprazolam'),
    m('Priya', 'mate be careful, fake xans with bromazolam going around', 'other'),
    m(RAV, '🎧 RAVESUPPLY 🎧\nEverything for the weekend:\n💎 Mandy 1g £35\n🐴 K 1g £35 / 5g £150\n🍭 Acid tabs 10x £55\n🚀 Speed 10g £60\n'
           '🎈 Nitrous tank £50\nAll London postcodes, same night 🌙', 'offer', f'{M};{K};{L};{A};{N}', tag='rav', media='photo'),
    m('Jake', 'WTB 2g mandy and some acid, amsterdam', 'request', f'{M};{L}'),
    m(DAM, 'We only do Amsterdam, dm for pills and charlie 🚲', 'offer', C),
    m('Sam', 'anyone else getting these spam bots in dm??', 'other'),
    m(ADM, 'Yes, ignore them. Real vendors never DM first.', 'other'),
    m(LDN, ldn(80), 'offer', f'{C};{K};{N}', dup='ldn', media='photo'),
    m('Ollie', 'Mushroom Mike delivered, 10/10, vouch 🍄', 'other'),
    m(SHR, 'cheers Ollie 🙏', 'other'),
    m('Tyler', 'anyone selling meth in london? need a gram', 'request', T),
    m('Priya', 'nobody here does tina mate', 'other'),
    m(DAM, dam(65), 'offer', f'{C};{M};{K};{W}', dup='dam', media='photo'),
    m('Jake', 'how much is a gram of coke in amsterdam normally? 70 seems a lot', 'other'),
    m(DAM, 'quality costs 😉', 'other'),
    m(BZ, 'Xanax 2mg bars 💊 10x £30 / 50x £110 / 100x £190\nValium 10mg 28x £25\nUK next day, stealth 📦', 'offer', 'alprazolam;diazepam',
      dup='bz'),
    m('Sam', '🚨 SCAM WARNING 🚨 "LDN_Charlie_Official" took £150 and blocked me. The real one is LDN Charlie ☃️ only.', 'other'),
    m(ADM, 'Banned the fake account ✅', 'other'),
    m(RAV, '🎧 RAVESUPPLY 🎧\nEverything for the weekend:\n💎 Mandy 1g £35\n🐴 K 1g £35 / 5g £150\n🍭 Acid tabs 10x £50\n🚀 Speed 10g £60\n'
           '🎈 Nitrous tank £50\nAll London postcodes, same night 🌙', 'offer', f'{M};{K};{L};{A};{N}', dup='rav', media='photo'),
    m('Tyler', 'anyone going to fabric saturday?', 'other'),
    m('Jake', '', 'other', media='sticker', emoji='🔥'),
    m('Priya', 'selling my old PS5 if anyone wants it, £250, north london', 'other'),
    m('Ollie', 'WTB LSD, 20 tabs, Leeds. Ship?', 'request', L),
    m(SHR, 'we ship to Leeds, 50x €250 deal still on', 'offer', L),
    m('Jake', 'can someone do 5 pills near leidseplein tonight?', 'request', M),
    m(DAM, 'yes 15 min, dm', 'offer'),
    m(SHR, shr('🆕 DMT vape pen 0.5ml €80'), 'offer', f'{P};{L};DMT', dup='shr'),
    m('Tyler', 'what does DMT actually feel like? scared to try', 'other'),
    m('Ollie', 'intense but short, have a sitter', 'other'),
    m(LDN, '🎁 Weekend special: 3.5g £250 → £230, only Sat/Sun ☃️', 'offer', C),
    m(ADM, 'Reminder: one ad every 6 hours. Next one early gets muted.', 'other'),
    m('Sam', 'any vendor here with oxy or percs? UK', 'request', 'oxycodone'),
    m(BZ, 'Oxycodone 40mg 10x £90, UK only', 'offer', 'oxycodone'),
    m('Priya', 'please be careful with opioids, never use alone and carry naloxone', 'other'),
    m(DAM, dam(65), 'offer', f'{C};{M};{K};{W}', dup='dam', media='photo', edited=True),
    m('Jake', 'thanks everyone, flying home tomorrow ✈️', 'other'),
    m(RAV, 'Nitrous tanks back in stock 🎈 £50 each, 2 for £90', 'offer', N),
    m('Tyler', 'who delivers balloons in south london right now?', 'request', N),
    m(RAV, 'we do, dm 🎈', 'offer'),
    m(LDN, ldn(75), 'offer', f'{C};{K};{N}', dup='ldn', media='photo'),
    m('Sam', 'quiet night', 'other'),
    m(ADM, 'Group will be cleaned of inactive members this weekend.', 'other'),
]
