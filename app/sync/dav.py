"""A small CardDAV client: discovery, listing by ETag or RFC 6578 sync-collection, multiget,
conditional PUT and DELETE. Plain `requests`, XML read with defusedxml (server text is
untrusted).

Why not a library: `caldav` speaks CalDAV only; vdirsyncer is a command-line program that
syncs into its own vdir folders (an engine, not a client API), and the Python CardDAV clients
on PyPI (pycarddav, carddavclient) are unmaintained since 2014-2015. The CardDAV surface a
sync needs is the handful of requests below (RFC 6352 §6-8, RFC 6578, RFC 7232).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element

import requests
from defusedxml.ElementTree import fromstring

from app.sync.errors import (  # noqa: F401  (re-exported: callers import them from here)
    AuthError, NoAddressBookError, NotFoundError, PreconditionFailed, QuotaError,
    ServerDownError, SyncError, TlsError,
)

DAV = "{DAV:}"
CARD = "{urn:ietf:params:xml:ns:carddav}"
TIMEOUT = 30.0
MULTIGET_BATCH = 200


@dataclass(frozen=True)
class Card:
    href: str
    etag: str
    text: str


def _etag(value: str | None) -> str:
    return (value or "").strip()


class CardDavClient:
    """A CardDAV address book; CalDavClient below is the same for a calendar."""

    NS = "urn:ietf:params:xml:ns:carddav"
    HOME = "addressbook-home-set"
    KIND = "addressbook"
    WELL_KNOWN = "/.well-known/carddav"
    CONTENT_TYPE = "text/vcard; charset=utf-8"
    SUFFIX = ".vcf"
    NOUN = "address book"

    def __init__(self, url: str, user: str, password: str, timeout: float = TIMEOUT) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.session = requests.Session()
        self.session.auth = (user, password)
        self.session.headers["User-Agent"] = "Rapport CardDAV"
        self.timeout = timeout
        self.book: str = ""  # the address book's absolute URL, after discover()
        self.sync_collection = False

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "CardDavClient":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # --- HTTP -----------------------------------------------------------------------------
    def request(self, method: str, url: str, body: str | bytes | None = None,
                ok: tuple[int, ...] = (200, 207), **headers: str) -> requests.Response:
        if isinstance(body, str):
            body = body.encode("utf-8")
            headers.setdefault("Content-Type", 'application/xml; charset="utf-8"')
        try:
            response = self.session.request(method, url, data=body, headers=headers,
                                            timeout=self.timeout)
        except requests.exceptions.SSLError as error:
            raise TlsError(f"TLS problem with {url}: {error}") from error
        except requests.exceptions.Timeout as error:
            raise ServerDownError(f"the server did not answer within {self.timeout:g} s ({url})") from error
        except requests.exceptions.ConnectionError as error:
            raise ServerDownError(f"cannot reach the server at {url} (is it running?)") from error
        except requests.exceptions.RequestException as error:  # no scheme, bad characters…
            raise NotFoundError(f"{url} is not a usable server address ({error})") from error
        status = response.status_code
        if status in ok:
            return response
        if status == 401:
            raise AuthError(f"the server refused the user name or password (401) at {url}")
        if status == 403:
            raise AuthError(f"the user may not access {url} (403)")
        if status == 404:
            raise NotFoundError(f"nothing at {url} (404): check the server URL")
        if status == 412:
            raise PreconditionFailed(f"{url} changed on the server meanwhile (412)")
        if status == 507:
            raise QuotaError(f"the server is out of space or over quota (507) at {url}")
        raise SyncError(f"{method} {url}: the server answered {status} {response.reason}")

    def _multistatus(self, method: str, url: str, body: str, depth: str) -> list[Element]:
        response = self.request(method, url, body, Depth=depth)
        try:
            root = fromstring(response.content)
        except Exception as error:  # not XML: not a DAV server at this URL
            raise NotFoundError(f"{url} does not answer like a CardDAV server ({error})") from error
        self._last_root = root
        return root.findall(f"{DAV}response")

    def _propfind(self, url: str, props: str, depth: str = "0") -> list[tuple[str, Element]]:
        body = f'<d:propfind xmlns:d="DAV:" xmlns:c="{self.NS}"><d:prop>{props}</d:prop></d:propfind>'
        found = []
        for response in self._multistatus("PROPFIND", url, body, depth):
            href = response.findtext(f"{DAV}href") or ""
            for propstat in response.findall(f"{DAV}propstat"):
                if " 200 " in (propstat.findtext(f"{DAV}status") or " 200 "):
                    prop = propstat.find(f"{DAV}prop")
                    if prop is not None:
                        found.append((self.absolute(href), prop))
        return found

    def absolute(self, href: str) -> str:
        return urljoin(self.url, href.strip())

    # --- discovery ------------------------------------------------------------------------
    def discover(self) -> str:
        """The first address book: the URL itself if it is one, else through the principal
        and its addressbook-home-set (RFC 6352 §7), after /.well-known/carddav (RFC 6764)."""
        ns, home_set = "{" + self.NS + "}", f"<c:{self.HOME}/>"
        props = f"<d:resourcetype/><d:current-user-principal/>{home_set}<d:supported-report-set/>"
        try:
            found = self._propfind(self.url, props)
        except (NotFoundError, SyncError) as error:
            if isinstance(error, (AuthError, ServerDownError)):
                raise
            well_known = urljoin(self.url, self.WELL_KNOWN)
            try:
                found = self._propfind(well_known, props)
            except (AuthError, ServerDownError):
                raise
            except SyncError:
                raise NotFoundError(f"no CardDAV service at {self.url} ({error})") from error
        prop = _merged(found)
        if self._is_book(prop):
            return self._use_book(self.url, prop)
        home = _href(prop, f"{ns}{self.HOME}")
        if not home:
            principal = _href(prop, f"{DAV}current-user-principal")
            if not principal:
                raise NotFoundError(f"{self.url} names no user principal and no address book")
            principal = self.absolute(principal)
            home = _href(_merged(self._propfind(principal, home_set)), f"{ns}{self.HOME}")
            if not home:
                raise NotFoundError(f"{principal} names no {self.HOME}")
        home = self.absolute(home)
        for url, child in self._propfind(home, "<d:resourcetype/><d:supported-report-set/>", "1"):
            if self._is_book(child):
                return self._use_book(url, child)
        raise NoAddressBookError(f"the account has no {self.NOUN} (looked in {home})")

    def _use_book(self, url: str, prop: Element) -> str:
        self.book = url if url.endswith("/") else url + "/"
        reports = prop.find(f"{DAV}supported-report-set")
        self.sync_collection = reports is not None and reports.find(f".//{DAV}sync-collection") is not None
        return self.book

    # --- reading --------------------------------------------------------------------------
    def list_etags(self) -> dict[str, str]:
        """Every vCard in the book: href -> ETag (PROPFIND Depth 1)."""
        result = {}
        for url, prop in self._propfind(self.book, "<d:getetag/><d:resourcetype/>", "1"):
            etag = _etag(prop.findtext(f"{DAV}getetag"))
            if self.path(url) != self.path(self.book) and etag:
                result[self.path(url)] = etag
        return result

    def changes_since(self, token: str) -> tuple[dict[str, str], set[str], str] | None:
        """RFC 6578: (changed href -> ETag, removed hrefs, new token); None when the server
        refuses the token (expired) or cannot do sync-collection: list everything instead."""
        body = ('<d:sync-collection xmlns:d="DAV:"><d:sync-token>' + _xml_text(token) +
                "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
                "</d:sync-collection>")
        # an expired token: 403 with DAV:valid-sync-token (RFC 6578 §3.2), 409 on some servers
        response = self.request("REPORT", self.book, body, ok=(207, 400, 403, 409, 501), Depth="1")
        if response.status_code != 207:
            return None
        try:
            root = fromstring(response.content)
        except Exception:
            return None
        self._last_root = root
        responses = root.findall(f"{DAV}response")
        changed, removed = {}, set()
        for response in responses:
            href = self.path(self.absolute(response.findtext(f"{DAV}href") or ""))
            if href == self.path(self.book):
                continue
            status = response.findtext(f"{DAV}status") or ""
            etag = _etag(response.findtext(f".//{DAV}getetag"))
            if " 404 " in status:
                removed.add(href)
            elif etag:
                changed[href] = etag
        return changed, removed, self._last_root.findtext(f"{DAV}sync-token") or ""

    def get_many(self, hrefs: list[str]) -> list[Card]:
        """The vCards at these hrefs (addressbook-multiget, in batches). Missing ones are
        left out."""
        cards: list[Card] = []
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            chunk = hrefs[start : start + MULTIGET_BATCH]
            body = ('<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
                    "<d:prop><d:getetag/><c:address-data/></d:prop>"
                    + "".join(f"<d:href>{_xml_text(quote(h))}</d:href>" for h in chunk)
                    + "</c:addressbook-multiget>")
            for response in self._multistatus("REPORT", self.book, body, "1"):
                href = self.path(self.absolute(response.findtext(f"{DAV}href") or ""))
                text = response.findtext(f".//{CARD}address-data")
                if text is not None:
                    cards.append(Card(href, _etag(response.findtext(f".//{DAV}getetag")), text))
        return cards

    def get(self, href: str) -> Card:
        response = self.request("GET", self.url_of(href), ok=(200,))
        return Card(href, _etag(response.headers.get("ETag")), response.content.decode("utf-8", "replace"))

    # --- writing --------------------------------------------------------------------------
    def put(self, href: str, text: str, etag: str | None) -> str:
        """Create (etag None: If-None-Match *) or replace (If-Match etag); the new ETag, or
        "" when the server does not say (it changed the card on the way in)."""
        condition = {"If-None-Match": "*"} if etag is None else {"If-Match": etag}
        response = self.request("PUT", self.url_of(href), text.encode("utf-8"), ok=(200, 201, 204),
                                **{"Content-Type": self.CONTENT_TYPE}, **condition)
        new = _etag(response.headers.get("ETag"))
        return "" if new.startswith("W/") else new

    def delete(self, href: str, etag: str) -> None:
        headers = {"If-Match": etag} if etag else {}
        try:
            self.request("DELETE", self.url_of(href), ok=(200, 204), **headers)
        except NotFoundError:
            pass  # gone already: what we wanted

    def path(self, url: str) -> str:
        return unquote(urlsplit(url).path)

    def url_of(self, href: str) -> str:
        return urljoin(self.book, quote(href))

    def new_href(self, uid: str) -> str:
        return self.path(self.book) + uid + self.SUFFIX

    def _is_book(self, prop: Element) -> bool:
        kind = prop.find(f"{DAV}resourcetype")
        return kind is not None and kind.find("{" + self.NS + "}" + self.KIND) is not None


class CalDavClient(CardDavClient):
    """The first calendar of a CalDAV account (RFC 4791 §6), same requests otherwise."""

    NS = "urn:ietf:params:xml:ns:caldav"
    HOME = "calendar-home-set"
    KIND = "calendar"
    WELL_KNOWN = "/.well-known/caldav"
    CONTENT_TYPE = "text/calendar; charset=utf-8"
    SUFFIX = ".ics"
    NOUN = "calendar"


def account_key(client: CardDavClient) -> str:
    """"user@url": the key under which this account's book and calendar state is kept."""
    return f"{client.session.auth[0]}@{client.url}"


def _merged(found: list[tuple[str, Element]]) -> Element:
    merged = Element("prop")
    for _url, prop in found:
        merged.extend(list(prop))
    return merged


def _href(prop: Element, name: str) -> str:
    node = prop.find(name)
    text = node.findtext(f"{DAV}href") if node is not None else None
    return text.strip() if text else ""


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
