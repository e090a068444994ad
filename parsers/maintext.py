"""The main text of a news page, without its chrome.

Numbers in sidebars, related-headline lists and comments would become false
figures, so chrome is removed first and then the container holding the most
paragraph text wins (the readability/trafilatura idea). Paragraphs are joined
with blank lines so that no sentence runs into the next block's words.

Functions here mutate the lxml tree they are given: callers read everything
else they need from the page first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

PARAGRAPH_BREAK = "\n\n"

# Never part of the article, whatever their class says.
CHROME_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "header",
    "footer",
    "aside",
    "object",
    "embed",
    "video",
    "audio",
    "figcaption",
)
CHROME_NAME = re.compile(
    r"nav|menu|sidebar|related|share|sharing|social|comment|footer|breadcrumb|widget"
    r"|advert|banner|subscribe|tags|cookie|consent|gdpr|popup|newsletter|promo"
    r"|popular|most-?read|top-?read|also|discussion|ticker|breaking|caption|photo-?te?xt"
    r"|photo-?desc|img-?te?xt|gallery|follow|print",
    re.IGNORECASE,
)
# Headings that open a block of other stories or of reader comments.
CHROME_HEADINGS = (
    "related posts",
    "related news",
    "related articles",
    "read also",
    "read more",
    "see also",
    "latest news",
    "most read",
    "most popular",
    "popular",
    "news feed",
    "leave a reply",
    "leave a comment",
    "comments",
    "oxşar xəbərlər",
    "digər xəbərlər",
    "son xəbərlər",
    "ən çox oxunan",
    "həmçinin oxuyun",
    "şərhlər",
    "xəbər lenti",
    "похожие новости",
    "другие новости",
    "последние новости",
    "читайте также",
    "самое читаемое",
    "популярное",
    "лента новостей",
    "комментарии",
)
READING_TIME = re.compile(
    r"^\d+\s*(mins?|minutes?|мин\.?|минут[аы]?|dəq\.?|dəqiqə)\s*(read|чтения|oxu\w*)$",
    re.IGNORECASE,
)
# Tags whose start and end break a paragraph.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
_SCORED_TAGS = ("p", "pre", "blockquote", "td", "div")
_CONTAINER_TEXT_TAGS = frozenset({"div", "td"})
_MIN_PARAGRAPH = 25
# A lead beside the body is a sentence or more; a shorter sibling is a date or byline line.
_MIN_SIBLING = 80
# An inline line right after a photo is its caption ("<img><i>Photo: ...</i>").
_CAPTION_TAGS = ("i", "em", "small", "span")
_MAX_CAPTION = 200
_SPACE = re.compile(r"\s+")
_COUNT_SUFFIX = re.compile(r"\s*\(\d+\)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def extract(root: HtmlElement, body_selector: str | None = None) -> str:
    """The article text of the page ``root``: the selected elements, else the densest block."""
    if body_selector:
        chosen = _select(root, body_selector)
        if chosen:
            for element in chosen:
                remove_chrome(element, keep_self=True)
            text = blocks_text(chosen)
            if text:
                return text
    body = root.find("body")
    scope = body if body is not None else root
    remove_chrome(scope, keep_self=True)
    return blocks_text(_densest(scope))


def in_chrome(element: HtmlElement) -> bool:
    """Whether ``element`` sits inside a sidebar, footer, navigation or similar block."""
    for ancestor in element.iterancestors():
        tag = ancestor.tag
        if tag in ("nav", "footer", "aside"):
            return True
        if tag not in PROTECTED_TAGS and _chrome_named(ancestor):
            return True
    return False


def in_page_header(element: HtmlElement) -> bool:
    """Whether ``element`` is in the site's header (logo, today's date), not an article's."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main"):
            return False
        if ancestor.tag == "header":
            return True
    return False


def remove_chrome(scope: HtmlElement, *, keep_self: bool = False) -> None:
    comments = [node for node in scope.iter(etree.Comment)]
    for node in comments:
        _drop(node)
    for element in list(scope.iter(*CHROME_TAGS)):
        if element is not scope or not keep_self:
            _drop(element)
    chars = {p: len(p.text_content()) - _link_chars(p) for p in scope.iter("p")}
    total = sum(chars.values())
    for element in list(scope.iter()):
        if element is scope or element.tag in PROTECTED_TAGS or not _chrome_named(element):
            continue
        if not _alive(element, scope):
            continue
        # A page whose article container is named like chrome keeps it.
        if sum(chars.get(p, 0) for p in element.iter("p")) * 2 < max(total, 1):
            _drop(element)
    _drop_headed_blocks(scope)
    _drop_link_lists(scope)
    _drop_photo_captions(scope)


def blocks_text(elements: Iterable[HtmlElement]) -> str:
    paragraphs: list[str] = []
    for element in elements:
        paragraphs.extend(_paragraphs(element))
    return PARAGRAPH_BREAK.join(paragraphs)


def _paragraphs(element: HtmlElement) -> Iterator[str]:
    pieces: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            if node.tag in BLOCK_TAGS:
                pieces.append(PARAGRAPH_BREAK)
            if node.text:
                pieces.append(node.text)
        else:
            if node.tag in BLOCK_TAGS:
                pieces.append(PARAGRAPH_BREAK)
            if node.tail and node is not element:
                pieces.append(node.tail)
    for raw in "".join(pieces).split(PARAGRAPH_BREAK):
        paragraph = _SPACE.sub(" ", _CONTROL.sub("", raw)).strip()
        if paragraph and not READING_TIME.match(paragraph):
            yield paragraph


def _select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    from parsel import Selector

    try:
        found = Selector(root=root, type="html").css(selector)
    except (ValueError, SyntaxError):
        # cssselect raises SelectorSyntaxError (a SyntaxError) on a bad selector
        return []
    return [item.root for item in found if isinstance(item.root, HtmlElement)]


def _densest(scope: HtmlElement) -> list[HtmlElement]:
    scores: dict[HtmlElement, float] = {}
    for element in scope.iter(*_SCORED_TAGS):
        text = _own_text(element)
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        if element.tag in _CONTAINER_TEXT_TAGS:
            # Text split by <br> right inside a div or cell: that is the article container.
            scores[element] = scores.get(element, 0) + score
            continue
        parent = element.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] = scores.get(grandparent, 0) + score / 2
    if not scores:
        return [scope]
    ranked = {element: score * (1 - _link_density(element)) for element, score in scores.items()}
    best = max(ranked, key=ranked.__getitem__)
    return _with_siblings(best, ranked)


def _with_siblings(best: HtmlElement, ranked: dict[HtmlElement, float]) -> list[HtmlElement]:
    """The best block plus sibling blocks that score nearly as well (a lead and a body)."""
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = ranked[best] * 0.2
    return [
        sibling
        for sibling in parent
        if sibling is best
        or (
            ranked.get(sibling, 0) >= threshold
            and _link_density(sibling) < 0.25
            and len(sibling.text_content().strip()) >= _MIN_SIBLING
        )
    ]


def _own_text(element: HtmlElement) -> str:
    """Paragraph text: all of a <p>, only the direct text of a <div> or <td> (split by <br>)."""
    if element.tag not in _CONTAINER_TEXT_TAGS:
        return _SPACE.sub(" ", element.text_content()).strip()
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element if child.tag in ("br", "b", "strong", "i"))
    return _SPACE.sub(" ", " ".join(parts)).strip()


def _link_chars(element: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in element.iter("a"))


def _link_density(element: HtmlElement) -> float:
    total = len(element.text_content())
    return _link_chars(element) / total if total else 0.0


def _chrome_named(element: HtmlElement) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(names.strip()) and CHROME_NAME.search(names) is not None


def _heading_text(element: HtmlElement) -> str:
    text = _SPACE.sub(" ", element.text_content()).strip().rstrip(":").strip().lower()
    # "Comments (2)": a count after the heading is still the same heading.
    return _COUNT_SUFFIX.sub("", text)


def _drop_headed_blocks(scope: HtmlElement) -> None:
    """Remove blocks opened by a 'Related news' style heading, or the rest after it."""
    markers = [
        element
        for element in scope.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong")
        if _heading_text(element) in CHROME_HEADINGS
    ]
    for marker in markers:
        if not _alive(marker, scope):
            continue
        parent = marker.getparent()
        if parent is None:
            continue
        rest = len(parent.text_content()) - len(marker.text_content())
        if (
            parent is not scope
            and parent.tag not in PROTECTED_TAGS
            and (rest < 200 or _link_density(parent) >= 0.5)
        ):
            _drop(parent)
            continue
        # The block shares its parent with the article: the heading and what follows go.
        for follower in list(marker.itersiblings()):
            _drop(follower)
        _drop(marker)


def _drop_link_lists(scope: HtmlElement) -> None:
    """Lists of headlines and 'Read also: <link>' lines are links, not article text."""
    for element in list(scope.iter("p", "li", "ul", "ol", "div", "section", "table")):
        if element is scope or not _alive(element, scope):
            continue
        if _link_density(element) > 0.5:
            _drop(element)


def _drop_photo_captions(scope: HtmlElement) -> None:
    for image in list(scope.iter("img")):
        if (image.tail or "").strip():
            continue
        caption = image.getnext()
        if (
            caption is not None
            and caption.tag in _CAPTION_TAGS
            and len(caption.text_content().strip()) <= _MAX_CAPTION
        ):
            _drop(caption)


def _alive(element: HtmlElement, scope: HtmlElement) -> bool:
    return any(ancestor is scope for ancestor in element.iterancestors())


def _drop(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
