package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A column of a table the code generator reads: plain strings and Boolean flags, every
 * column optional.
 */
@Entity
@Table(name = "code_column")
class ColumnInfo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "column_id")
	Long id;

	String tableName;

	String columnName;

	String columnType;

	String keyType;

	String extra;

	String remark;

	Boolean notNull;

	Boolean listShow;

	Boolean formShow;

	String formType;

	String queryType;

	String dictName;

	String dateAnnotation;

}
