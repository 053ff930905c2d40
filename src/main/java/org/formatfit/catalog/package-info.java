/**
 * A catalog of the school's programs, read once at startup from a JSON-LD file
 * (schema.org {@code Course}, {@code EducationalOccupationalProgram}) or a CTDL file
 * ({@code ceterms:deliveryType}), with each program's offerings mapped to FormatFit's
 * formats by one table ({@code ModeTerm}). Off unless {@code formatfit.catalog.location}
 * is set; a catalog it cannot read stops the app, naming the entry and what is wrong.
 */
@ApplicationModule(allowedDependencies = { "questionnaire", "recommendation" })
package org.formatfit.catalog;

import org.springframework.modulith.ApplicationModule;
