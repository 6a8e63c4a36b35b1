package dev.startupguard.schema.expected;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.engine.spi.Managed;
import org.hibernate.mapping.Property;
import org.hibernate.property.access.spi.BuiltInPropertyAccessStrategies;
import org.hibernate.property.access.spi.Getter;
import org.jspecify.annotations.Nullable;

/**
 * The Java members that hold the attributes of a mapping, as Hibernate's property access
 * finds them: the field of a field-accessed attribute, the getter of any other.
 * <p>
 * Hibernate's {@link Property#getGetter(Class)} builds a whole {@code PropertyAccess} at
 * each call, looking up the setter too (for a field, by failed {@code getMethod} calls
 * that each build an exception), which made a quarter of the expected schema's time. A
 * field-accessed attribute of a class that is not bytecode-enhanced is found here instead
 * in the fields of its class and superclasses, each class's fields listed once; every
 * other attribute still goes through Hibernate. One instance serves one check and is
 * dropped with it, so nothing outlives the check.
 *
 * @author Startup Guard contributors
 */
final class AttributeMembers {

	private static final String FIELD_ACCESS = BuiltInPropertyAccessStrategies.FIELD.getExternalName();

	private final Map<Class<?>, Map<String, Field>> fieldsByClass = new HashMap<>();

	/**
	 * Return the member that holds an attribute.
	 * @param property the attribute
	 * @param owner the class that declares it, {@code null} when none is known
	 * @return the member, or {@code null} for a dynamic or synthetic attribute that has
	 * nothing to read in Java
	 */
	@Nullable JavaMember of(Property property, @Nullable Class<?> owner) {
		if (owner == null) {
			return null;
		}
		if (isPlainFieldAccess(property, owner)) {
			Field field = field(owner, property.getName());
			if (field != null) {
				return new JavaMember(field.getType(), field);
			}
		}
		return viaHibernate(property, owner);
	}

	/**
	 * Whether Hibernate reads the attribute from its field, as
	 * {@code ReflectHelper.findField} finds it: field access, no strategy set on the
	 * attribute itself, and a class that is not enhanced (an enhanced class has its own
	 * access strategies).
	 */
	private static boolean isPlainFieldAccess(Property property, Class<?> owner) {
		return property.getPropertyAccessStrategy() == null && FIELD_ACCESS.equals(property.getPropertyAccessorName())
				&& owner != Object.class && !Managed.class.isAssignableFrom(owner);
	}

	/**
	 * Find the first non-static field of a name in a class and its superclasses, below
	 * {@link Object}.
	 */
	private @Nullable Field field(Class<?> owner, String name) {
		for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
			Field field = this.fieldsByClass.computeIfAbsent(type, AttributeMembers::declaredFields).get(name);
			if (field != null) {
				return field;
			}
		}
		return null;
	}

	private static Map<String, Field> declaredFields(Class<?> type) {
		Map<String, Field> fields = new HashMap<>();
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				fields.put(field.getName(), field);
			}
		}
		return fields;
	}

	private static @Nullable JavaMember viaHibernate(Property property, Class<?> owner) {
		Getter getter;
		try {
			getter = property.getGetter(owner);
		}
		catch (RuntimeException ex) {
			// a dynamic or synthetic attribute: nothing to read in Java
			return null;
		}
		AnnotatedElement element = (getter.getMember() instanceof AnnotatedElement annotated) ? annotated : null;
		return new JavaMember(getter.getReturnTypeClass(), element);
	}

	/**
	 * The member that holds an attribute.
	 *
	 * @param type the attribute's Java type, as the member declares it
	 * @param element the field or method, whose annotations the attribute's constraints
	 * are read from; {@code null} when Hibernate's getter has none
	 */
	record JavaMember(Class<?> type, @Nullable AnnotatedElement element) {

	}

}
