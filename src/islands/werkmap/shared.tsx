import type { ComponentChildren } from 'preact';
import { newId } from '../../lib/ids';
import { addJongere, selectJongere, type WerkmapData } from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import { Loading, useLazy } from '../lazy';
import { focusAfterRender, NewJongereForm, Privacy } from './basis';
import './werkmap.css';

/** A small form to start a werkmap, on every part of the werkmap. */
function NewJongere({ id, data }: { id: string; data: WerkmapData }) {
	return (
		<NewJongereForm
			id={id}
			button="Werkmap maken"
			data={data}
			onAdd={(code, form) => {
				store.update((d) => addJongere(d, newId('j'), code));
				form.closest('details')?.removeAttribute('open');
				focusAfterRender('wm-jongere');
			}}
		/>
	);
}

/**
 * Which young person this page is about: a choice from the one list, on
 * every part of the werkmap. Adding, renaming, copying and deleting happen
 * on the werkmap's start page; with nobody in the list yet, a first one can
 * be made right here.
 */
export function JongereChoice({ data }: { data: WerkmapData }) {
	if (data.jongeren.length === 0) {
		return (
			<section class="wm-jongere-keuze" aria-labelledby="wm-keuze-kop">
				<h2 id="wm-keuze-kop">Begin een werkmap</h2>
				<Privacy />
				<NewJongere id="wm-eerste" data={data} />
			</section>
		);
	}
	return (
		<div class="wm-jongere-keuze">
			<div class="wm-veld wm-veld--rij">
				<label for="wm-jongere">Jongere</label>
				<select
					id="wm-jongere"
					value={data.activeId ?? ''}
					onChange={(e) => {
						const id = e.currentTarget.value;
						store.update((d) => selectJongere(d, id || null));
					}}
				>
					{data.activeId === null && <option value="">Kies een jongere</option>}
					{data.jongeren.map((j) => (
						<option key={j.id} value={j.id}>
							{j.code}
						</option>
					))}
				</select>
				<a href="/werkmap/">Alle jongeren beheren</a>
			</div>
			<details class="wm-nieuw-details">
				<summary>Nieuwe jongere</summary>
				<NewJongere id="wm-nog-een" data={data} />
			</details>
		</div>
	);
}

/**
 * The frame of a part of the werkmap: the choice of young person, then the
 * part itself once one is chosen. The part's code (`load`) is fetched only
 * then: a first visit, with nobody in the list yet, needs only the choice.
 * While it loads, the part holds the screen's height, so what stands below
 * does not jump down when it appears.
 */
export function Part<C>({
	data,
	load,
	children,
}: {
	data: WerkmapData;
	load: () => Promise<C>;
	children: (component: C, jongere: WerkmapData['jongeren'][number]) => ComponentChildren;
}) {
	const jongere = data.jongeren.find((j) => j.id === data.activeId);
	const [component, failed] = useLazy(load, Boolean(jongere));
	return (
		<>
			<JongereChoice data={data} />
			{jongere ? (
				component ? (
					children(component, jongere)
				) : (
					<div class="kb-laden">
						<Loading failed={failed} />
					</div>
				)
			) : (
				data.jongeren.length > 0 && <p class="wm-leeg">Kies hierboven een jongere om de werkmap te openen.</p>
			)}
		</>
	);
}
