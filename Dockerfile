# Patchwork hub image: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY federation/pom.xml federation/pom.xml
COPY web/pom.xml web/pom.xml
COPY server/pom.xml server/pom.xml
# Resolve dependencies in their own layer so a source change does not download them again.
RUN ./mvnw -B -q dependency:go-offline -Dmaven.test.skip=true || true
COPY federation/ federation/
COPY web/ web/
COPY server/ server/
RUN ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system patchwork && useradd --system --gid patchwork --home-dir /var/lib/patchwork patchwork \
    && mkdir -p /var/lib/patchwork && chown patchwork:patchwork /var/lib/patchwork
WORKDIR /var/lib/patchwork
COPY --from=build /src/server/target/patchwork.jar /opt/patchwork/patchwork.jar
USER patchwork
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    PATCHWORK_DATABASE_DATA_DIR=/var/lib/patchwork/postgres
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
    CMD curl -fsS http://127.0.0.1:8080/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/opt/patchwork/patchwork.jar"]
