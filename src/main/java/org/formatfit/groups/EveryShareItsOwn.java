package org.formatfit.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway's migration 4: every student's share is their own. Two students whose answers
 * are the same have the same token; both shares are kept, each with its own withdraw
 * link, so the unique constraint on {@code (advisor_group, token)} of migration 1 goes.
 * It was made without a name, and each database named it its own way: it is found by its
 * column in the information schema, which H2 and PostgreSQL both keep. Spring Boot hands
 * this bean to Flyway.
 */
@Component
class EveryShareItsOwn implements JavaMigration {

	private static final String TOKEN_CONSTRAINTS = "SELECT c.constraint_name FROM information_schema.table_constraints c"
			+ " JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name"
			+ " AND k.table_name = c.table_name WHERE UPPER(c.table_name) = 'SHARED_RESULT'"
			+ " AND c.constraint_type = 'UNIQUE' AND UPPER(k.column_name) = 'TOKEN'";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4");
	}

	@Override
	public String getDescription() {
		return "every-share-its-own";
	}

	@Override
	public Integer getChecksum() {
		return 4;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(TOKEN_CONSTRAINTS);
				ResultSet found = query.executeQuery()) {
			while (found.next()) {
				names.add(found.getString(1));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("ALTER TABLE shared_result DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
			}
		}
	}

}
