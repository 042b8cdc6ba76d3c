/** Dutch function words. They never match a signal by stem or inside a compound ("met" is not "meten"). */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  ('de het een en van in is op te zijn met voor door naar om aan bij uit als dan dat die dit deze was wordt worden ' +
    'er ook nog al wel niet geen maar of zo hoe wat wie waar we wij ze zij hij u uw ons onze hun haar zich elk elke ' +
    'alle veel meer kan kunnen moet moeten zal zullen heeft hebben had gaat gaan tot over onder tegen na sinds want ' +
    'omdat hier daar toch even werd men je jouw mijn me mij hem zeer heel').split(/\s+/).filter(Boolean),
);
