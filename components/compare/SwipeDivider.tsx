/**
 * Where the top map is cut, as a range input: arrow keys, Home/End and dragging all work, and
 * screen readers announce it. It runs left to right in both languages, like the maps.
 */
export function SwipeDivider({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <input
      type="range"
      dir="ltr"
      min={0}
      max={100}
      step={1}
      value={value}
      aria-label={label}
      aria-valuetext={`${value}%`}
      onChange={(e) => onChange(Number(e.target.value))}
      className="w-full accent-stone-800"
      data-testid="swipe-divider"
    />
  );
}
