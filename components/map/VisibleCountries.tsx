/** A text alternative to the map: which of the seven countries are drawn in view right now. */
export function VisibleCountries({ countries }: { countries: { iso3: string; nameEn: string }[] }) {
  return (
    <p className="sr-only" aria-live="polite" data-testid="countries-in-view" data-iso3={countries.map((c) => c.iso3).join(",")}>
      {countries.length === 0 ? "None of the seven countries is in view." : `Countries in view: ${countries.map((c) => c.nameEn).join(", ")}.`}
    </p>
  );
}
