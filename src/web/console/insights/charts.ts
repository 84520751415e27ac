/** The insights charts: plain SVG, labelled by their card's title and reading, each one a file. */
export { Bars, type BarSeries } from './bars.js'
export { Legend, type LegendItem } from './legend.js'
export { PointLines, type LineSeries } from './point-lines.js'
export { RateBars, type RateRow } from './rate-bars.js'
export { StackedBars, type StackLayer } from './stacked-bars.js'
