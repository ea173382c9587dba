# @brief Plot of the scale benchmark: index build time and in-process p99 latency against corpus
# size, ours beside the peers, log-log. Called by bench/report.py:
#   gnuplot -e "data='scale.dat'; out='scale.png'" bench/scale_plot.gp
# scale.dat columns: 1 corpus MB, 2 ours build s, 3 FTS5 build s, 4 scriptindex build s,
# 5 recollindex build s, 6 ours p99 µs, 7 FTS5 p99 µs ("NaN" where a tool did not run).
set terminal pngcairo size 1200,500 font ",10"
set output out
set datafile missing "NaN"
set multiplot layout 1,2 title "Passage search: cost as the corpus grows (same machine, same run)"
set logscale xy
set grid
set key top left
set xlabel "corpus size (MB of text)"
set ylabel "index build time (s)"
set title "Index build time"
plot data using 1:2 with linespoints lw 2 title "ours (indexer)", \
     data using 1:3 with linespoints title "SQLite FTS5", \
     data using 1:4 with linespoints title "omega scriptindex", \
     data using 1:5 with linespoints title "recollindex"
set ylabel "p99 latency, in process (µs)"
set title "Query latency p99 (whole workload)"
plot data using 1:6 with linespoints lw 2 title "ours", \
     data using 1:7 with linespoints title "SQLite FTS5", \
     10000 with lines dt 2 lc rgb "red" title "target at 1000x: 10 ms"
unset multiplot
