"""Builds the held-out Telegram evaluation fixtures (exports and preview pages) and their truth
files from the labelled message lists in heldout_*.py. Run from this folder:
    python3 fixturegen.py
Everything here is invented; no real post, person, handle or phone number is used."""
import html
import json
import re
from datetime import datetime, timezone

ENTITY = re.compile(r'(\*\*[^*]+\*\*|@[A-Za-z0-9_]{4,}|https?://\S+|t\.me/\S+|\b06[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}\b'
                    r'|\+44 ?7\d{3} ?\d{6}|#\w+)')


class Msg:
    def __init__(self, sender, text, intent, subs='', tag=None, dup=None, **extra):
        self.sender, self.text, self.intent, self.subs = sender, text, intent, subs
        self.tag, self.dup, self.extra = tag, dup, extra


def m(sender, text, intent='other', subs='', tag=None, dup=None, **extra):
    return Msg(sender, text, intent, subs, tag, dup, **extra)


def svc(action, actor='', **extra):
    return Msg(actor, '', 'other', '', None, None, service=action, **extra)


def entities(text):
    """Text as Telegram Desktop writes it: a plain string, or an array of strings and entities."""
    parts, pos = [], 0
    for mt in ENTITY.finditer(text):
        if mt.start() > pos:
            parts.append(text[pos:mt.start()])
        t = mt.group(0)
        if t.startswith('**'):
            parts.append({'type': 'bold', 'text': t[2:-2]})
        elif t.startswith('@'):
            parts.append({'type': 'mention', 'text': t})
        elif t.startswith('#'):
            parts.append({'type': 'hashtag', 'text': t})
        elif t.startswith('http') or t.startswith('t.me'):
            parts.append({'type': 'link', 'text': t})
        else:
            parts.append({'type': 'phone', 'text': t})
        pos = mt.end()
    if pos < len(text):
        parts.append(text[pos:])
    plain = ''.join(p if isinstance(p, str) else p['text'] for p in parts)
    ents = [{'type': 'plain', 'text': p} if isinstance(p, str) else p for p in parts]
    if all(isinstance(p, str) for p in parts):
        return plain, ents
    return parts, ents


def user_id(name):
    h = 7
    for c in name:
        h = (h * 131 + ord(c)) % 9_000_000_000
    return 'user' + str(1_000_000_000 + h)


def build_export(name, chat_id, start, messages, out, truth):
    t = start
    rows, lines = [], ['# message id, intent, canonical substances, first copy re-posted (see README.md)']
    ids = {}
    mid = 1
    for k, msg in enumerate(messages):
        t += 97 + (k * 7919) % 1800
        mid += 1 if k % 23 else 2   # a deleted message now and then leaves a gap
        when = datetime.fromtimestamp(t, timezone.utc).replace(tzinfo=None)
        row = {'id': mid, 'type': 'message', 'date': when.isoformat(), 'date_unixtime': str(t)}
        if 'service' in msg.extra:
            row['type'] = 'service'
            row['actor'] = msg.sender
            row['actor_id'] = user_id(msg.sender)
            row['action'] = msg.extra['service']
            for key in ('title', 'members', 'message_id'):
                if key in msg.extra:
                    row[key] = msg.extra[key]
            row['text'], row['text_entities'] = '', []
        else:
            if msg.extra.get('edited'):
                row['edited'] = datetime.fromtimestamp(t + 240, timezone.utc).replace(tzinfo=None).isoformat()
                row['edited_unixtime'] = str(t + 240)
            row['from'] = msg.sender
            row['from_id'] = 'channel' + user_id(msg.sender)[4:] if msg.extra.get('channel') else user_id(msg.sender)
            if msg.extra.get('bot'):
                row['via_bot'] = '@' + msg.extra['bot']
            if 'fwd' in msg.extra:
                row['forwarded_from'] = msg.extra['fwd']
            if 'reply' in msg.extra:
                row['reply_to_message_id'] = ids[msg.extra['reply']]
            media = msg.extra.get('media')
            if media == 'photo':
                row['photo'] = f'photos/photo_{mid}@{when:%d-%m-%Y_%H-%M-%S}.jpg'
                row['photo_file_size'] = 90000 + mid * 37
                row['width'], row['height'] = 1280, 1600
            elif media == 'sticker':
                row.update({'file': '(File not included. Change data exporting settings to download.)', 'file_size': 21000,
                            'media_type': 'sticker', 'sticker_emoji': msg.extra.get('emoji', '👍'), 'width': 512, 'height': 512})
            elif media == 'video':
                row.update({'file': f'video_files/video_{mid}.mp4', 'file_size': 2300000, 'media_type': 'video_file',
                            'mime_type': 'video/mp4', 'duration_seconds': 14, 'width': 720, 'height': 1280})
            elif media == 'poll':
                row['poll'] = {'question': msg.extra['question'], 'closed': False, 'total_voters': 23,
                               'answers': [{'text': a, 'voters': 5 + i, 'chosen': False} for i, a in enumerate(msg.extra['answers'])]}
            row['text'], row['text_entities'] = entities(msg.text)
        rows.append(row)
        if msg.tag:
            ids[msg.tag] = mid
        dup = str(ids[msg.dup]) if msg.dup else '-'
        lines.append(f"{mid}\t{msg.intent}\t{msg.subs or '-'}\t{dup}")
    with open(out, 'w', encoding='utf-8') as f:
        json.dump({'name': name, 'type': 'public_supergroup', 'id': chat_id, 'messages': rows}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(truth, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def emoji_markup(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if cp >= 0x2190 and not ch.isalnum() and ch not in '€£' and cp != 0xFE0F:
            hexs = ch.encode('utf-8').hex().upper()
            out.append(f"<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/{hexs}.png')\"><b>{ch}</b></i>")
        elif cp == 0xFE0F:
            continue
        else:
            out.append(html.escape(ch, quote=False))
    return ''.join(out)


def text_html(text):
    s = emoji_markup(text)
    s = re.sub(r'@([A-Za-z0-9_]{4,})', r'<a href="https://t.me/\1">@\1</a>', s)
    s = s.replace('\n', '<br/>')
    return s


BUBBLE_TAIL = ('<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20">'
               '<g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 '
               'C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path>'
               '</g></svg></i>')


def preview_block(channel, title, pid, msg, when):
    post = f'{channel}/{pid}'
    iso = when.strftime('%Y-%m-%dT%H:%M:%S+00:00')
    footer = (f'<div class="tgme_widget_message_footer compact js-message_footer">\n'
              f'        <div class="tgme_widget_message_info short js-message_info">\n'
              f'          <span class="tgme_widget_message_views">{1 + pid % 9}.{pid % 10}K</span><span class="copyonly"> views</span>'
              f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{post}">'
              f'<time datetime="{iso}" class="time">{when:%H:%M}</time></a></span>\n        </div>\n      </div>')
    if 'service' in msg.extra:
        return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap '
                f'js-widget_message service_message" data-post="{post}" data-view="ev{pid}">\n    <div class="tgme_widget_message_bubble">\n'
                f'      {BUBBLE_TAIL}\n      <div class="tgme_widget_message_text js-message_text" dir="auto">{html.escape(msg.extra["service"])}</div>\n'
                f'      {footer}\n    </div>\n  </div></div>\n')
    parts = [f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}">'
             f'<span dir="auto">{html.escape(title)}</span></a></div>']
    if 'fwd' in msg.extra:
        name, link = msg.extra['fwd']
        parts.append(f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<a class="tgme_widget_message_forwarded_from_name" '
                     f'href="https://t.me/{link}"><span dir="auto">{html.escape(name)}</span></a></div>')
    media = msg.extra.get('media')
    if media == 'photo':
        parts.append(f'<a class="tgme_widget_message_photo_wrap {pid:x}a1b blured" href="https://t.me/{post}" '
                     f"style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/ph{channel[:4]}{pid}.jpg')\">"
                     f'<div class="tgme_widget_message_photo" style="padding-top:125%"></div></a>')
    elif media == 'sticker':
        parts.append(f'<div class="tgme_widget_message_sticker_wrap media_supported_cont" style="width:256px;"><a class="tgme_widget_message_sticker_wrap" '
                     f'href="https://t.me/{post}"><i class="tgme_widget_message_sticker js-sticker_image" data-webp="https://cdn4.telesco.pe/file/st{pid}.webp" '
                     f'data-size="256" style="width:256px;padding-top:100%"></i></a></div>')
    if msg.text:
        parts.append(f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text_html(msg.text)}</div>')
    if msg.extra.get('signature'):
        footer = footer.replace('<span class="tgme_widget_message_views">',
                                f'<span class="tgme_widget_message_from_author" dir="auto">{html.escape(msg.extra["signature"])}</span>&nbsp;<span class="tgme_widget_message_views">')
    body = '\n      '.join(parts)
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
            f'data-post="{post}" data-view="ev{pid}">\n'
            f'    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor1" '
            f'data-content="{title[0]}"><img src="https://cdn4.telesco.pe/file/av{channel[:6]}.jpg"></i></a></div>\n'
            f'    <div class="tgme_widget_message_bubble">\n      {BUBBLE_TAIL}\n      {body}\n      {footer}\n    </div>\n  </div></div>\n')


def build_preview(channel, title, description, subscribers, first_id, start, messages, out, truth):
    blocks, lines, ids = [], ['# post, intent, canonical substances, first copy on this page (see README.md)'], {}
    pid, t = first_id, start
    for k, msg in enumerate(messages):
        t += 1800 + (k * 4111) % 7000
        when = datetime.fromtimestamp(t, timezone.utc)
        blocks.append(preview_block(channel, title, pid, msg, when))
        if msg.tag:
            ids[msg.tag] = pid
        dup = f'{channel}/{ids[msg.dup]}' if msg.dup else '-'
        lines.append(f'{channel}/{pid}\t{msg.intent}\t{msg.subs or "-"}\t{dup}')
        pid += 1 if k % 5 else 2
    head = f'''<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{html.escape(title)} – Telegram</title>
    <meta property="og:title" content="{html.escape(title)}">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{html.escape(description)}">
    <meta name="robots" content="noindex, nofollow">
    <link rel="canonical" href="https://t.me/s/{channel}">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
  </head>
  <body class="widget_frame_base tgme_webpreview_body emoji_image nochannel">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/{channel}"><div class="tgme_header_title"><span dir="auto">{html.escape(title)}</span></div><div class="tgme_header_counter">{subscribers} subscribers</div></a></div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_right_column">
          <div class="tgme_channel_info">
            <div class="tgme_channel_info_header">
              <div class="tgme_channel_info_header_title"><span dir="auto">{html.escape(title)}</span></div>
              <div class="tgme_channel_info_header_username"><a href="https://t.me/{channel}">@{channel}</a></div>
            </div>
            <div class="tgme_channel_info_description">{text_html(description)}</div>
          </div>
        </section>
        <section class="tgme_channel_history js-message_history">
          <div class="tgme_widget_message_centered js-messages_more_wrap">
            <a href="/s/{channel}?before={first_id}" class="tme_messages_more js-messages_more" data-before="{first_id}"></a>
          </div>
'''
    tail = '''        </section>
      </div>
    </main>
    <script src="//telegram.org/js/widget-frame.js?66"></script>
  </body>
</html>
'''
    with open(out, 'w', encoding='utf-8') as f:
        f.write(head + ''.join(blocks) + tail)
    with open(truth, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    import heldout_randstad
    import heldout_plugs
    import heldout_previews
    build_export('Randstad Markt 🇳🇱 NL/EN', 1765432109, 1777100000, heldout_randstad.MESSAGES,
                 'randstad-markt-export.json', 'randstad-markt-export.json.truth.tsv')
    build_export('London ⇄ AMS plugs', 1798765432, 1778300000, heldout_plugs.MESSAGES,
                 'plugs-export.json', 'plugs-export.json.truth.tsv')
    for p in heldout_previews.PAGES:
        build_preview(p['channel'], p['title'], p['description'], p['subscribers'], p['first_id'], p['start'], p['messages'],
                      f"preview-{p['file']}.html", f"preview-{p['file']}.html.truth.tsv")
