import type { ComponentChildren } from 'preact';

interface Props {
	/** Id of the heading: also the URL fragment that opens this part (#vragen, #resultaten, …). */
	id: string;
	title: string;
	class?: string;
	children: ComponentChildren;
}

/** One part of the zelfscan, named by its heading; the heading takes focus when the part opens. */
export function View({ id, title, class: className = 'zs-view', children }: Props) {
	return (
		<section class={className} aria-labelledby={id}>
			<h2 id={id} tabIndex={-1}>
				{title}
			</h2>
			{children}
		</section>
	);
}
