package io.github.flymachines.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes, for every record of the model package that implements {@code <Record>Builder.With}, a {@code <Record>Builder} class: the builder,
 * the copy methods ({@code withX}, {@code toBuilder}) the record inherits through
 * {@code <Record>Builder.With}, and the redacting {@code toString} the record delegates to. The
 * javadoc of every generated method is taken from the record's {@code @param} tags. For a JSON
 * record without type parameters it also writes its JSON reader, {@code <Record>Reader} in
 * {@value ReaderWriter#PACKAGE} (see {@link ReaderWriter}).
 *
 * <p>The record declares {@code implements <Record>Builder.With}, a static {@code builder()} and
 * a {@code toString()} that calls {@code <Record>Builder.render(this)}; a JSON record also
 * declares {@code @JsonDeserialize(using = <Record>Reader.class)}, so any Jackson mapper reads it
 * through its generated reader into the builder (which copies collections and keeps unknown
 * fields), without reflection. Nothing else is written by
 * hand, and adding a component is all it takes to add a field.
 *
 * <p>Option {@value #PACKAGES}: the comma-separated packages whose records are processed
 * (default {@code io.github.flymachines.model}).
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(ModelProcessor.PACKAGES)
public final class ModelProcessor extends AbstractProcessor {
    /** The option naming the packages to process. */
    public static final String PACKAGES = "flymachines.codegen.packages";

    private final Set<String> done = new HashSet<>();

    /** Creates the processor (the compiler does, through the service loader). */
    public ModelProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<String> packages = Set.of(processingEnv.getOptions()
                .getOrDefault(PACKAGES, "io.github.flymachines.model").split(","));
        for (Element e : round.getRootElements()) {
            if (e.getKind() != ElementKind.RECORD) {
                continue;
            }
            TypeElement type = (TypeElement) e;
            String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
            if (!packages.contains(pkg) || !wantsBuilder(type) || !done.add(type.getQualifiedName().toString())) {
                continue;
            }
            try {
                RecordModel model = RecordModel.read(type, processingEnv);
                String source = new BuilderWriter(model).write();
                try (Writer w = processingEnv.getFiler()
                        .createSourceFile(pkg + "." + model.builderName(), type).openWriter()) {
                    w.write(source);
                }
                if (model.json() && model.typeParams().isEmpty()) {
                    try (Writer w = processingEnv.getFiler().createSourceFile(
                            ReaderWriter.PACKAGE + "." + ReaderWriter.readerName(model), type).openWriter()) {
                        w.write(new ReaderWriter(model).write());
                    }
                }
            } catch (RecordModel.Invalid invalid) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, invalid.getMessage(), invalid.element());
            } catch (IOException io) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write the builder of " + type + ": " + io.getMessage(), type);
            }
        }
        return false;
    }

    /** A record opts in by implementing its (not yet generated) {@code <Record>Builder.With}. */
    static boolean wantsBuilder(TypeElement type) {
        String with = type.getSimpleName() + "Builder.With";
        return type.getInterfaces().stream().map(Object::toString)
                .anyMatch(i -> i.replaceAll("<.*>$", "").equals(with) || i.replaceAll("<.*>$", "").endsWith("." + with));
    }
}
