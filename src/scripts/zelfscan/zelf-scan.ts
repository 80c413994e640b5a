/**
 * <zelf-scan>: turns the printed checklist into a three-step scan. State
 * lives in the URL after "#" (shareable, and never sent to a server) and in
 * localStorage (come back later); both go through the pure encode/decode in
 * src/lib/zelfscan/state.ts, which drops anything unknown and counts it for
 * a notice. The script only shows, hides and ticks server-rendered elements;
 * the plan (plan.ts, loaded on demand) is built with DOM methods.
 */
import {
  LEGE_STATE,
  WEET_NIET,
  type Antwoord,
  type ScanDataJson,
  type ScanKern,
  type ScanState,
  type Stap,
} from '../../lib/zelfscan/model';
import { voortgang } from '../../lib/zelfscan/score';
import {
  codeer,
  decodeer,
  heeftState,
  ietsGenegeerd,
  inFocus,
  type Bekend,
  type Genegeerd,
} from '../../lib/zelfscan/state';
import { scanTeksten as z } from '../../lib/zelfscan/teksten-scan';
import {
  ONDERDEEL_SLUGS,
  ONDERDELEN,
  THEMA_SLUGS,
  THEMAS,
  type OnderdeelSlug,
  type ThemaSlug,
} from '../../lib/vocabulary';

const OPSLAG = 'zelfscan';
const THEMA_CODE = new Map(THEMA_SLUGS.map((s) => [`t${THEMAS[s].nummer}`, s]));
const ONDERDEEL_CODE = new Map(ONDERDEEL_SLUGS.map((s) => [ONDERDELEN[s].code.toLowerCase(), s]));

function leesOpslag(): string | null {
  try {
    return localStorage.getItem(OPSLAG);
  } catch {
    return null;
  }
}

function schrijfOpslag(waarde: string | null) {
  try {
    if (waarde === null) localStorage.removeItem(OPSLAG);
    else localStorage.setItem(OPSLAG, waarde);
  } catch {
    // Storage can be off (private mode, policy); the URL still holds the state.
  }
}

/** The notice about ignored parts, from counts only: nothing from the link is repeated. */
function meldingTekst(g: Genegeerd): string {
  const delen = [
    g.onbekend > 0 ? z.genegeerd.onbekend(g.onbekend) : '',
    g.ongeldig > 0 ? z.genegeerd.ongeldig(g.ongeldig) : '',
    g.focus > 0 ? z.genegeerd.focus(g.focus) : '',
    g.rol > 0 ? z.genegeerd.rol : '',
    g.stap > 0 ? z.genegeerd.stap : '',
  ].filter(Boolean);
  const zinnen: string[] = [z.genegeerdBegin];
  if (delen.length > 0) zinnen.push(`${delen.join('; ')}.`);
  if (g.versie) zinnen.push(z.genegeerd.versie);
  zinnen.push(z.genegeerdEind);
  return zinnen.join(' ');
}

class ZelfScan extends HTMLElement {
  #data!: Omit<ScanDataJson, 'stellingen'> & { stellingen: ScanKern[] };
  #bekend!: Bekend;
  #state: ScanState = LEGE_STATE;
  /** Index of the group (step or aandachtspunt) shown in step 2. */
  #groep = 0;
  /** The plan and its chart (with d3) load only when needed, from step 2 on, in the background. */
  #plan: Promise<typeof import('./plan')> | undefined;

  connectedCallback() {
    const json = this.querySelector('script[data-zelfscan]')?.textContent;
    if (!json) return;
    const ruw = JSON.parse(json) as ScanDataJson;
    // The statement texts come from the checklist's legends, so they are not in the page twice.
    const legenda = (id: string) => this.querySelector(`.zs-stelling[data-id="${id}"] legend`)?.textContent ?? '';
    this.#data = { ...ruw, stellingen: ruw.stellingen.map((s) => ({ ...s, tekst: legenda(s.id) })) };
    this.#bekend = { stellingen: this.#data.stellingen.map((s) => s.id), rollen: this.#data.rollen.map((r) => r.id) };

    for (const el of this.querySelectorAll<HTMLElement>('[data-met-js]')) el.hidden = false;
    const hash = location.hash.slice(1);
    this.#laad(heeftState(hash) ? hash : heeftState(location.search) ? location.search : (leesOpslag() ?? ''));
    this.addEventListener('change', this.#wijziging);
    this.addEventListener('click', this.#klik);
    window.addEventListener('hashchange', this.#hashWijziging);
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#hashWijziging);
  }

  /** Takes over a state from a link or storage; what is ignored gets a notice. */
  #laad(bron: string) {
    const { state, genegeerd } = decodeer(bron, this.#bekend);
    this.#state = state;
    this.#meld(ietsGenegeerd(genegeerd) ? meldingTekst(genegeerd) : '');
    this.#zetFormulier();
    this.#groep = this.#eersteOpen();
    this.#toon(state.stap, false);
  }

  /**
   * Another link pasted into the address bar only changes the hash (no reload):
   * read it. A hash without state (the skip link's #inhoud) gets ours back.
   */
  #hashWijziging = () => {
    const hash = location.hash.slice(1);
    if (!heeftState(hash)) this.#bewaar();
    else if (hash !== codeer(this.#state, this.#bekend)) this.#laad(hash);
  };

  // --- state <-> form ---------------------------------------------------------

  #zetFormulier() {
    const { focus, rol, antwoorden } = this.#state;
    for (const vak of this.querySelectorAll<HTMLInputElement>('input[name="f"]')) {
      const thema = THEMA_CODE.get(vak.value);
      const onderdeel = ONDERDEEL_CODE.get(vak.value);
      vak.checked = thema ? focus.themas.includes(thema) : onderdeel ? focus.onderdelen.includes(onderdeel) : false;
    }
    for (const knop of this.querySelectorAll<HTMLInputElement>('input[name="r"]'))
      knop.checked = knop.value === (rol ?? '');
    for (const s of this.#data.stellingen) {
      const a = antwoorden[s.id];
      for (const knop of this.querySelectorAll<HTMLInputElement>(`input[name="${s.id}"]`)) {
        knop.checked = a !== undefined && knop.value === String(a);
      }
    }
  }

  #wijziging = (event: Event) => {
    const el = event.target;
    if (!(el instanceof HTMLInputElement)) return;
    if (el.name === 'f') {
      const themas: ThemaSlug[] = [];
      const onderdelen: OnderdeelSlug[] = [];
      for (const vak of this.querySelectorAll<HTMLInputElement>('input[name="f"]:checked')) {
        const thema = THEMA_CODE.get(vak.value);
        const onderdeel = ONDERDEEL_CODE.get(vak.value);
        if (thema) themas.push(thema);
        if (onderdeel) onderdelen.push(onderdeel);
      }
      this.#state = { ...this.#state, focus: { themas, onderdelen } };
      this.#groep = 0;
      this.#werkAantalBij();
    } else if (el.name === 'r') {
      this.#state = { ...this.#state, rol: this.#bekend.rollen.includes(el.value) ? el.value : null };
    } else if (this.#bekend.stellingen.includes(el.name)) {
      const waarde: Antwoord = el.value === WEET_NIET ? WEET_NIET : (Number(el.value) as 0 | 1 | 2 | 3);
      this.#state = { ...this.#state, antwoorden: { ...this.#state.antwoorden, [el.name]: waarde } };
      this.#werkVoortgangBij();
    } else return;
    this.#bewaar();
  };

  #klik = (event: Event) => {
    const knop = event.target instanceof Element ? event.target.closest('button') : null;
    if (!knop) return;
    const naar = knop.dataset['naar'];
    if (naar === '1' || naar === '2' || naar === '3') {
      if (naar === '2') this.#groep = this.#state.stap === 3 ? 0 : this.#groep;
      this.#toon(Number(naar) as Stap, true);
    } else if (knop.hasAttribute('data-vorige')) {
      if (this.#groep === 0) this.#toon(1, true);
      else this.#toonGroep(this.#groep - 1, true);
    } else if (knop.hasAttribute('data-volgende')) {
      if (this.#groep >= this.#groepen().length - 1) this.#toon(3, true);
      else this.#toonGroep(this.#groep + 1, true);
    } else if (knop.hasAttribute('data-opnieuw')) this.#opnieuw();
    else if (knop.hasAttribute('data-print')) window.print();
  };

  #opnieuw() {
    schrijfOpslag(null);
    history.replaceState(null, '', location.pathname);
    this.#state = LEGE_STATE;
    this.#zetFormulier();
    this.#groep = 0;
    this.#toon(1, true, false);
    this.#meld(z.gewist);
  }

  #bewaar() {
    const query = codeer(this.#state, this.#bekend);
    // A scan not yet started keeps a clean address and leaves nothing behind.
    const leeg = query === codeer(LEGE_STATE, this.#bekend);
    history.replaceState(null, '', `${location.pathname}${leeg ? '' : `#${query}`}`);
    schrijfOpslag(leeg ? null : query);
  }

  #meld(tekst: string) {
    const melding = this.querySelector('[data-melding]');
    if (melding) melding.textContent = tekst;
  }

  // --- steps ------------------------------------------------------------------

  #inFocus() {
    return inFocus(this.#data.stellingen, this.#state.focus);
  }

  /** The steps and aandachtspunten that have statements in focus, in route order. */
  #groepen(): HTMLElement[] {
    const ids = new Set(this.#inFocus().map((s) => s.id));
    return [...this.querySelectorAll<HTMLElement>('.zs-groep')].filter((g) =>
      [...g.querySelectorAll<HTMLElement>('.zs-stelling')].some((f) => ids.has(f.dataset['id'] ?? '')),
    );
  }

  /** The first group with an unanswered statement, so a returning team continues where it stopped. */
  #eersteOpen(): number {
    const open = new Set(
      this.#inFocus()
        .filter((s) => this.#state.antwoorden[s.id] === undefined)
        .map((s) => s.id),
    );
    const i = this.#groepen().findIndex((g) =>
      [...g.querySelectorAll<HTMLElement>('.zs-stelling')].some((f) => open.has(f.dataset['id'] ?? '')),
    );
    return Math.max(0, i);
  }

  #toon(stap: Stap, focus: boolean, bewaar = true) {
    this.#state = { ...this.#state, stap };
    for (const sectie of this.querySelectorAll<HTMLElement>('.zs-stap')) {
      const nummer = Number(sectie.dataset['stap']);
      sectie.hidden = nummer !== stap;
      const kop = sectie.querySelector('h2');
      if (kop) kop.textContent = z.stapKop(nummer, z.stapNamen[nummer - 1] ?? '');
    }
    for (const li of this.querySelectorAll<HTMLElement>('[data-stap-label]')) {
      if (li.dataset['stapLabel'] === String(stap)) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    if (stap === 1) this.#werkAantalBij();
    if (stap === 2) {
      const ids = new Set(this.#inFocus().map((s) => s.id));
      for (const f of this.querySelectorAll<HTMLElement>('.zs-stelling')) f.hidden = !ids.has(f.dataset['id'] ?? '');
      const groepen = this.#groepen();
      for (const g of this.querySelectorAll<HTMLElement>('.zs-groep')) g.hidden = !groepen.includes(g);
      this.#werkVoortgangBij();
      this.#toonGroep(Math.min(this.#groep, groepen.length - 1), false);
      void this.#voorLaden();
    }
    if (stap === 3) void this.#toonResultaat();
    if (bewaar) this.#bewaar();
    if (focus) this.querySelector<HTMLElement>(`#zs-kop-${stap}`)?.focus();
  }

  #toonGroep(index: number, focus: boolean) {
    const groepen = this.#groepen();
    this.#groep = Math.max(0, index);
    groepen.forEach((g, i) => {
      g.toggleAttribute('data-actief', i === this.#groep);
      const deel = g.querySelector('[data-deel]');
      if (deel) deel.textContent = `(${z.groepVan(i + 1, groepen.length)})`;
    });
    const vorige = this.querySelector<HTMLButtonElement>('[data-vorige]');
    const volgende = this.querySelector<HTMLButtonElement>('[data-volgende]');
    const naam = (g: HTMLElement | undefined) => ONDERDELEN[g?.dataset['groep'] as OnderdeelSlug]?.naam ?? '';
    if (vorige) vorige.textContent = this.#groep === 0 ? z.naarFocus : `${z.vorige}: ${naam(groepen[this.#groep - 1])}`;
    if (volgende) {
      volgende.textContent =
        this.#groep >= groepen.length - 1 ? z.naarResultaat : `${z.volgende}: ${naam(groepen[this.#groep + 1])}`;
    }
    if (focus) groepen[this.#groep]?.querySelector<HTMLElement>('h3')?.focus();
  }

  #werkAantalBij() {
    const aantal = this.querySelector('[data-aantal]');
    if (aantal) aantal.textContent = z.aantalInFocus(this.#inFocus().length);
  }

  #werkVoortgangBij() {
    const v = voortgang(this.#inFocus(), this.#state.antwoorden);
    const tekst = this.querySelector('[data-voortgang]');
    if (tekst) tekst.textContent = z.voortgang(v.beantwoord, v.totaal);
    const balk = this.querySelector('progress');
    if (balk) {
      balk.max = Math.max(1, v.totaal);
      balk.value = v.beantwoord;
    }
  }

  #hulpUrl() {
    return new URL('hulp.json', location.href);
  }

  #laadPlan() {
    if (!this.#plan) {
      this.#plan = import('./plan');
      // A failed load (offline for a moment) is tried again next time.
      this.#plan.catch(() => (this.#plan = undefined));
    }
    return this.#plan;
  }

  /** While the team answers, the result's code and help arrive in the background. */
  async #voorLaden() {
    try {
      await (await this.#laadPlan()).laadHulp(this.#hulpUrl());
    } catch {
      // Not needed yet: the result tries again and says so if it still fails.
    }
  }

  async #toonResultaat() {
    const plan = this.querySelector<HTMLElement>('[data-plan]');
    if (!plan) return;
    plan.setAttribute('aria-busy', 'true');
    try {
      const { bouwPlan, laadHulp } = await this.#laadPlan();
      const hulp = await laadHulp(this.#hulpUrl());
      // The team may have gone back while the plan loaded.
      if (this.#state.stap !== 3) return;
      const { focus, antwoorden, rol } = this.#state;
      const gekozen = [...focus.themas.map((s) => THEMAS[s].naam), ...focus.onderdelen.map((s) => ONDERDELEN[s].naam)];
      const url = new URL(`${location.pathname}#${codeer({ ...this.#state, stap: 3 }, this.#bekend)}`, location.href);
      plan.replaceChildren(
        bouwPlan({
          ...this.#data,
          stellingen: this.#inFocus(),
          hulp,
          antwoorden,
          rol,
          focusTekst: gekozen.length > 0 ? gekozen.join(', ') : z.alles,
          datum: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date()),
          url: url.href,
          absoluut: (href) => new URL(href, location.href).href,
        }),
      );
    } catch {
      plan.replaceChildren();
      this.#meld(z.resultaatFout);
    } finally {
      plan.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('zelf-scan')) customElements.define('zelf-scan', ZelfScan);
