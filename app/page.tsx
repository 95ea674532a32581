import { LayerList } from "@/components/LayerList";
import { AtlasMapLazy } from "@/components/map/AtlasMapLazy";

export default function DashboardPage() {
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center justify-between border-b border-stone-300 bg-white px-4 py-2">
        <h1 className="text-lg font-semibold tracking-tight">Allegiance Atlas</h1>
        <p className="hidden text-sm text-stone-600 sm:block">Iraq · Syria · Niger · Yemen · Afghanistan · Nigeria · Algeria</p>
      </header>
      <main className="flex min-h-0 flex-1 flex-col md:flex-row">
        <section aria-label="Map" className="h-[60vh] min-h-0 flex-1 md:h-auto">
          <AtlasMapLazy />
        </section>
        <aside aria-label="Layers" className="w-full shrink-0 overflow-y-auto border-stone-300 bg-white p-4 md:w-80 md:border-l">
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-500">Layers</h2>
          <LayerList />
          <p className="mt-6 text-xs text-stone-500">
            Boundaries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0). Every feature drawn from an article links to the passage behind it.
          </p>
        </aside>
      </main>
    </div>
  );
}
