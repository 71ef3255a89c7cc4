// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.core.internal.Checks;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskMatrix;
import java.util.ArrayList;
import java.util.List;

// Maps a RiskMatrix to its JSON form and back: the bands of likelihood x consequence when they give exactly this
// matrix (the shorter, readable form of the usual product matrices), else the risk levels and the grid of level
// names, one row per likelihood level, lowest first.
final class MatrixMapping {
    private MatrixMapping() {
    }

    static MatrixDto toDto(RiskMatrix m) {
        for (String level : m.levels()) {
            Checks.notBlank(level, "risk level name");
        }
        List<BandDto> bands = bands(m);
        if (bands != null) {
            return new MatrixDto(null, null, bands);
        }
        List<List<String>> grid = new ArrayList<>(m.likelihoods());
        for (int[] row : m.toGrid()) {
            List<String> names = new ArrayList<>(row.length);
            for (int rank : row) {
                names.add(m.levelName(rank));
            }
            grid.add(names);
        }
        return new MatrixDto(m.levels(), grid, null);
    }

    /** {@return the bands of likelihood x consequence that give exactly this matrix, or null if there are none} */
    static List<BandDto> bands(RiskMatrix m) {
        int top = m.likelihoods() * m.consequences();
        int[] highest = new int[m.levels().size()];
        for (int l = 1; l <= m.likelihoods(); l++) {
            for (int c = 1; c <= m.consequences(); c++) {
                int rank = m.level(l, c);
                highest[rank] = Math.max(highest[rank], l * c);
            }
        }
        List<RiskBand> bands = new ArrayList<>(highest.length);
        int min = 1;
        for (int r = 0; r < highest.length; r++) {
            int max = r == highest.length - 1 ? top : highest[r];
            if (max < min) {
                return null;
            }
            bands.add(new RiskBand(m.levelName(r), min, max));
            min = max + 1;
        }
        if (!RiskMatrix.ofProduct(m.likelihoods(), m.consequences(), bands).equals(m)) {
            return null;
        }
        List<BandDto> out = new ArrayList<>(bands.size());
        for (RiskBand b : bands) {
            out.add(new BandDto(b.level(), b.min(), b.max()));
        }
        return out;
    }

    /**
     * {@return the matrix of a scale pair}, or null after reporting its problems
     *
     * @param likelihoods the number of likelihood levels, or 0 if that scale could not be read
     * @param consequences the number of consequence levels, or 0 if that scale could not be read
     */
    static RiskMatrix toMatrix(MatrixDto d, At at, int likelihoods, int consequences) {
        boolean grid = d.grid() != null;
        if (grid == (d.bands() != null)) {
            at.add("must have either 'grid' (with 'levels') or 'bands', not " + (grid ? "both" : "neither"));
            return null;
        }
        if (grid != (d.levels() != null)) {
            at.field("levels").add(grid ? "must list the risk levels, lowest first, with a grid"
                    : "must be absent with bands, which name the risk levels");
            return null;
        }
        if (likelihoods == 0 || consequences == 0) {
            return null;
        }
        return grid ? fromGrid(d, at, likelihoods, consequences) : fromBands(d.bands(), at, likelihoods, consequences);
    }

    private static RiskMatrix fromGrid(MatrixDto d, At at, int likelihoods, int consequences) {
        List<String> levels = at.names(d.levels(), "levels");
        At rows = at.field("grid");
        if (d.grid().size() != likelihoods) {
            rows.add("must have one row per likelihood level, " + likelihoods + ", but has " + d.grid().size());
        }
        int[][] cells = new int[d.grid().size()][];
        boolean nullRow = false;
        for (int l = 0; l < cells.length; l++) {
            List<String> row = d.grid().get(l);
            At r = rows.index(l);
            if (row == null) {
                nullRow = true; // Bean Validation reported it, so the document is refused
                continue;
            }
            if (row.size() != consequences) {
                r.add("must have one cell per consequence level, " + consequences + ", but has " + row.size());
            }
            cells[l] = new int[row.size()];
            for (int c = 0; c < row.size(); c++) {
                cells[l][c] = levels.indexOf(row.get(c));
                if (cells[l][c] < 0) {
                    r.index(c).add("must be one of the risk levels " + CriteriaMapping.quoted(levels) + " but was "
                            + Checks.quote(row.get(c)));
                }
            }
        }
        return at.clean() && !nullRow ? at.build(() -> RiskMatrix.of(levels, cells)) : null;
    }

    private static RiskMatrix fromBands(List<BandDto> dtos, At at, int likelihoods, int consequences) {
        List<RiskBand> bands = new ArrayList<>(dtos.size());
        At list = at.field("bands");
        for (int i = 0; i < dtos.size(); i++) {
            BandDto b = dtos.get(i);
            if (b == null) {
                continue; // a null item: Bean Validation reported it, so the document is refused
            }
            At item = list.index(i);
            String level = item.name(b.level(), "level");
            if (level != null && b.min() != null && b.max() != null) {
                bands.add(item.build(() -> new RiskBand(level, b.min(), b.max())));
            }
        }
        if (!at.clean()) {
            return null;
        }
        return at.build(() -> RiskMatrix.ofProduct(likelihoods, consequences, bands));
    }
}
