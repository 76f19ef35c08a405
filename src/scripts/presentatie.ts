/**
 * Presentation mode: turns the rendered page into slides, one section per
 * screen, and adds keyboard control. The server renders the same MDX as
 * the normal page inside `.pr-bron`; this script cuts it at every h2 by
 * moving the existing nodes (no HTML strings). Without JavaScript the page
 * stays one long, readable page in large type.
 *
 * Keys: → ↓ PageDown Space next, ← ↑ PageUp previous, Home first, End last,
 * Esc back to the normal page. The slide number is in the URL (#dia-3), so
 * a reload stays on the same slide.
 */

function splitIntoSlides(source: HTMLElement): HTMLElement[] {
	const slides: HTMLElement[] = [];
	let current: HTMLElement | null = null;
	for (const node of Array.from(source.childNodes)) {
		const startsSlide = node instanceof HTMLElement && node.tagName === 'H2';
		if (startsSlide || !current) {
			current = document.createElement('section');
			current.className = 'pr-dia kb-prose';
			slides.push(current);
		}
		current.append(node);
	}
	const withContent = slides.filter((s) => s.children.length > 0);
	source.replaceWith(...withContent);
	return withContent;
}

export function startPresentation(root: HTMLElement) {
	const source = root.querySelector<HTMLElement>('.pr-bron');
	if (source) splitIntoSlides(source);
	const slides = Array.from(root.querySelectorAll<HTMLElement>('.pr-dia'));
	const bar = document.querySelector<HTMLElement>('.pr-balk');
	const number = document.querySelector<HTMLElement>('[data-dia-nummer]');
	const previous = document.querySelector<HTMLButtonElement>('[data-dia-vorige]');
	const next = document.querySelector<HTMLButtonElement>('[data-dia-volgende]');
	const back = root.dataset.terug ?? '/';
	if (!slides.length || !bar || !number || !previous || !next) return;

	root.classList.add('pr-actief');
	bar.hidden = false;
	slides.forEach((slide, i) => {
		slide.tabIndex = -1;
		slide.setAttribute('aria-roledescription', 'dia');
		if (!slide.hasAttribute('aria-labelledby')) slide.setAttribute('aria-label', `Dia ${i + 1}`);
	});

	let index = 0;
	const show = (to: number, focus = true) => {
		index = Math.max(0, Math.min(slides.length - 1, to));
		for (const [i, slide] of slides.entries()) slide.hidden = i !== index;
		number.textContent = `Dia ${index + 1} van ${slides.length}`;
		previous.disabled = index === 0;
		next.disabled = index === slides.length - 1;
		history.replaceState(null, '', `#dia-${index + 1}`);
		if (focus) slides[index].focus({ preventScroll: true });
		slides[index].scrollTop = 0;
		scrollTo(0, 0);
	};

	previous.addEventListener('click', () => show(index - 1, false));
	next.addEventListener('click', () => show(index + 1, false));

	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const target = event.target as HTMLElement | null;
		const onControl = target?.closest('button, a, input, textarea, select, summary');
		switch (event.key) {
			case 'ArrowRight':
			case 'ArrowDown':
			case 'PageDown':
				show(index + 1);
				break;
			case ' ':
				if (onControl) return;
				show(event.shiftKey ? index - 1 : index + 1);
				break;
			case 'ArrowLeft':
			case 'ArrowUp':
			case 'PageUp':
				show(index - 1);
				break;
			case 'Home':
				show(0);
				break;
			case 'End':
				show(slides.length - 1);
				break;
			case 'Escape':
				location.assign(back);
				break;
			default:
				return;
		}
		event.preventDefault();
	});

	const fromHash = /^#dia-(\d+)$/.exec(location.hash);
	show(fromHash ? Number(fromHash[1]) - 1 : 0, false);
}
