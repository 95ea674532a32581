import type { UiLang } from "../view/view-state";

/**
 * MapLibre's own interface strings (control labels, the scale bar's unit, the canvas's name)
 * in the interface language. MapLibre only ships English; the keys are its `locale` option's.
 * With an Arabic unit the scale bar reads "500 كم" right to left instead of "km 500".
 */
const AR: Record<string, string> = {
  "AttributionControl.ToggleAttribution": "إظهار المصادر أو إخفاؤها",
  "AttributionControl.MapFeedback": "ملاحظات على الخريطة",
  "FullscreenControl.Enter": "ملء الشاشة",
  "FullscreenControl.Exit": "الخروج من ملء الشاشة",
  "GeolocateControl.FindMyLocation": "حدد موقعي",
  "GeolocateControl.LocationNotAvailable": "الموقع غير متاح",
  "LogoControl.Title": "شعار MapLibre",
  "Map.Title": "الخريطة",
  "NavigationControl.ResetBearing": "إعادة الاتجاه نحو الشمال",
  "NavigationControl.ZoomIn": "تكبير",
  "NavigationControl.ZoomOut": "تصغير",
  "Popup.Close": "إغلاق النافذة",
  "ScaleControl.Feet": "قدم",
  "ScaleControl.Meters": "م",
  "ScaleControl.Kilometers": "كم",
  "ScaleControl.Miles": "ميل",
  "ScaleControl.NauticalMiles": "ميل بحري",
  "CooperativeGesturesHandler.WindowsHelpText": "استخدم Ctrl مع التمرير لتكبير الخريطة",
  "CooperativeGesturesHandler.MacHelpText": "استخدم ⌘ مع التمرير لتكبير الخريطة",
  "CooperativeGesturesHandler.MobileHelpText": "استخدم إصبعين لتحريك الخريطة",
};

/** The `locale` option for a map in this language; undefined keeps MapLibre's English. */
export function mapLocale(lang: UiLang): Record<string, string> | undefined {
  return lang === "ar" ? AR : undefined;
}
