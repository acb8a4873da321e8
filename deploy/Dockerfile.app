# Our services with current libraries (Python 3.10): the action server and the gateway.
#   docker build -f deploy/Dockerfile.app -t signpost-app .
# The same image runs either; compose.yml chooses the command.
FROM python:3.10.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/app
WORKDIR /app
COPY requirements/app.lock requirements/app.lock
RUN pip install --no-cache-dir "uv==0.13.9" \
 && uv pip sync --system requirements/app.lock
COPY actions/ actions/
COPY directory/ directory/
COPY channels/ channels/
COPY domain.yml ./
RUN useradd --system --uid 1001 signpost
USER signpost
EXPOSE 5055 8080
CMD ["python", "-m", "channels", "serve", "--host", "0.0.0.0", "--port", "8080"]
